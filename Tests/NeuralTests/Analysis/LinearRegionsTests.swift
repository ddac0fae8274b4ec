import Testing

@testable import Neural

@Suite struct LinearRegionsTests {
    @Test func zaslavskyMatchesTheBooksCounts() {
        // One input: D units make D + 1 regions. Two inputs, three units: 7 (figure 3.8j).
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 3, inputDimensions: 1) == 4)
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 3, inputDimensions: 2) == 7)
        // More inputs than units: every subset, 2^D regions.
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 5, inputDimensions: 10) == 32)
        // C(6,0)+C(6,1)+C(6,2) = 1 + 6 + 15.
        #expect(LinearRegions.zaslavskyBound(hiddenUnits: 6, inputDimensions: 2) == 22)
    }

    @Test func aShallowNetworkWithThreeJointsHasFourPieces() {
        // Hidden units ReLU(x − c) with joints at c = 0.25, 0.5, 0.75 in [0, 1].
        let hidden = Layer(weights: Matrix([[1], [1], [1]]), biases: [-0.25, -0.5, -0.75])
        let output = Layer(weights: Matrix([[1, -2, 3]]), biases: [0])
        let network = Network(layers: [hidden, output])
        #expect(LinearRegions.pieces(of: network, from: 0, to: 1, samples: 1001) == 4)
        #expect(LinearRegions.pieces(of: network, from: 0, to: 0.4, samples: 1001) == 2)
    }

    @Test func twoInputsThreeUnitsInGeneralPositionGiveSevenRegions() {
        // Three lines in general position that all cross inside [−2, 2]².
        let hidden = Layer(weights: Matrix([[1, 0], [0, 1], [1, 1]]), biases: [0, 0, -1])
        let network = Network(layers: [hidden, Layer(weights: Matrix([[1, 1, 1]]), biases: [0])])
        let side = 201
        let inputs = Matrix(rows: 2, cols: side * side) { row, column in
            let index: Int = row == 0 ? column % side : column / side
            return -2.0 + 0.02 * Double(index)
        }
        #expect(LinearRegions.count(of: network, inputs: inputs) == 7)
    }

    /// x₁ varies fastest: the first row of the grid runs along x₁ at x₂ = −r.
    @Test func squareGridCoversTheSquare() {
        let grid = LinearRegions.squareGrid(halfWidth: 2, samples: 3)
        #expect(grid.rows == 2 && grid.cols == 9)
        #expect((0..<9).map { grid[0, $0] } == [-2, 0, 2, -2, 0, 2, -2, 0, 2])
        #expect((0..<9).map { grid[1, $0] } == [-2, -2, -2, 0, 0, 0, 2, 2, 2])
    }

    /// Two crossing joint lines (x₁ = 0 and x₂ = 0) cut the plane into four regions.
    @Test func aGridFindsTheFourQuadrants() {
        let network = Network(
            layers: [
                Layer(weights: Matrix([[1, 0], [0, 1]]), biases: [0, 0]),
                Layer(weights: Matrix([[1, 1]]), biases: [0]),
            ], activation: .relu)
        #expect(LinearRegions.countOnGrid(of: network, halfWidth: 1, samples: 10) == 4)
    }
}
