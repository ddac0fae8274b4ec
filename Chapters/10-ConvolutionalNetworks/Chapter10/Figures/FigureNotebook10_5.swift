import Neural
import Plot

extension ConvolutionalNetworks {
    /// Ten generated digits of each class (rows 0–9), as notebook 10.5's network sees them: the
    /// first ten of each class among digits generated from seed 7 (``DigitData``), white ink on
    /// black as the notebook shows MNIST.
    @Sendable static func figureNotebook10_5() throws -> Figure {
        let images = try DigitData.generated(count: 200, seed: 7)
        let (side, perClass) = (28, 10)
        var chosen: [[Int]] = Array(repeating: [], count: 10)
        for (index, label) in images.labels.enumerated() where chosen[label].count < perClass {
            chosen[label].append(index)
        }
        let size = side * perClass
        var values = [Double](repeating: 0, count: size * size)
        for digit in 0..<10 {
            for (k, index) in chosen[digit].enumerated() {
                let pixels = images.image(index)
                for r in 0..<side {
                    for c in 0..<side { values[(digit * side + r) * size + k * side + c] = pixels[r * side + c] }
                }
            }
        }
        var axes = Axes()
        let grid = (0..<size).map { Double($0) + 0.5 }
        axes.heatmap(
            Field(xs: grid, ys: grid, values: values), colormap: .gray, range: 0...1, interpolation: .nearest)
        axes.xLimits = 0...Double(size)
        axes.yLimits = 0...Double(size)
        axes.invertY = true
        axes.aspect = .equal
        axes.xTicks = []
        axes.yTicks = (0..<10).map { Double($0 * side) + Double(side) / 2 }
        axes.yTickLabels = (0..<10).map(String.init)
        axes.yLabel = "Class"
        return Figure(axes, width: 420, height: 400)
    }
}
