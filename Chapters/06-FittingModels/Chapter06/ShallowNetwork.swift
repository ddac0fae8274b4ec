import Neural

extension FittingModels {
    /// The network of eq. 3.1 (problem 6.5) as a Neural `Network`. The ten parameters are ordered
    /// [φ0, φ1, φ2, φ3, θ10, θ11, θ20, θ21, θ30, θ31].
    static func shallowNetwork(_ p: [Double]) -> Network {
        let hidden = Layer(weights: Matrix(rows: 3, cols: 1, data: [p[5], p[7], p[9]]), biases: [p[4], p[6], p[8]])
        let output = Layer(weights: Matrix(rows: 1, cols: 3, data: [p[1], p[2], p[3]]), biases: [p[0]])
        return Network(layers: [hidden, output], activation: .relu)
    }

    /// The least-squares loss Σ_i (f[x_i, φ] − y_i)² of the network and its gradient by backpropagation,
    /// reordered to the parameter order above.
    static func shallowLossAndGradient(_ p: [Double], x: [Double], y: [Double]) -> (loss: Double, gradient: [Double]) {
        let (loss, g) = shallowNetwork(p).lossAndGradients(
            LeastSquares(), input: Matrix(row: x), target: Matrix(row: y))
        let gradient = [
            g.biases[1][0], g.weights[1][0, 0], g.weights[1][0, 1], g.weights[1][0, 2],
            g.biases[0][0], g.weights[0][0, 0], g.biases[0][1], g.weights[0][1, 0],
            g.biases[0][2], g.weights[0][2, 0],
        ]
        return (loss, gradient)
    }
}
