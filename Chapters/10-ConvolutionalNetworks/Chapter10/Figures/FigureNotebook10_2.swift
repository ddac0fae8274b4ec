import Neural
import Plot

extension ConvolutionalNetworks {
    /// Notebook 10.2's comparison: training and test error against the epoch for chapter 8's fully
    /// connected network and section 10.2's convolutional network on MNIST-1D, each trained with
    /// its notebook's recipe; the legend gives their parameter counts. From the committed runs
    /// (`Results/mnist1d-cnn.csv`).
    @Sendable static func figureNotebook10_2() -> Figure {
        let (mlp, cnn) = MNIST1DComparisonFile.committedCurves
        var axes = Axes()
        axes.xLimits = 0...100
        axes.yLimits = 0...100
        axes.xLabel = "Epoch"
        axes.yLabel = "Percent error"
        for (rows, name, count, color) in [
            (mlp, "fully connected", MNIST1DRecipe.mlp.parameterCount, Color.bookOrange),
            (cnn, "convolutional", MNIST1DRecipe.cnn.parameterCount, Color.blue),
        ] {
            let epochs = rows.map { Double($0.epoch) }
            let label = "\(name), \(count.formatted()) parameters"
            axes.line(
                x: epochs, y: rows.map { 100 * $0.trainError }, color: color, width: 1.5, dash: [5, 3],
                label: label + ": train")
            axes.line(x: epochs, y: rows.map { 100 * $0.testError }, color: color, width: 2, label: label + ": test")
        }
        axes.legend(position: .upperRight)
        return Figure(axes, width: 480, height: 320)
    }
}
