import Foundation
import Neural
import Plot

extension MeasuringPerformance {
    /// Figure 8.13: (a) samples of a 2-D standard normal with circles of radius 1, 2 and 3; (b) the
    /// histogram of their distances from the centre with the chi density of problem 8.9; (c) the same
    /// in 25, 100 and 500 dimensions (problem 8.9's choice), where the samples sit in a thin shell
    /// near radius √D. Seed 0.
    @Sendable static func figure8_13() -> Figure {
        var figure = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 230)
        var random = NumPyRandomState(seed: 0)
        let points = random.normal(count: 2 * 1000)
        var scatter = Axes()
        scatter.aspect = .equal
        scatter.xLimits = -4...4
        scatter.yLimits = -4...4
        scatter.xLabel = "x_1"
        scatter.yLabel = "x_2"
        scatter.scatter(x: Array(points[..<1000]), y: Array(points[1000...]), color: .bookOrange, size: 3)
        for radius in [1.0, 2, 3] {
            let angles = linspace(0, 2 * Double.pi, 200)
            scatter.line(x: angles.map { radius * cos($0) }, y: angles.map { radius * sin($0) }, color: .gray, width: 1)
        }
        figure[0] = scatter
        figure[1] = distanceHistogram(dimensions: [2], xLimits: 0...4, random: &random)
        figure[2] = distanceHistogram(dimensions: [25, 100, 500], xLimits: 0...26, random: &random)
        return figure
    }

    /// Histograms (as densities) of the distances of 2000 samples from the centre, one per
    /// dimension, each with its chi density drawn over it.
    static func distanceHistogram(dimensions: [Int], xLimits: ClosedRange<Double>, random: inout NumPyRandomState)
        -> Axes
    {
        var axes = Axes()
        axes.xLimits = xLimits
        axes.xLabel = "Distance from centre"
        axes.yLabel = "Density"
        let width = (xLimits.upperBound - xLimits.lowerBound) / 80
        for (k, d) in dimensions.enumerated() {
            let color = [Color.bookOrange, .bookCyan, .gray][k % 3]
            let distances = HighDimensions.distancesFromCentre(dimension: d, count: 2000, random: &random)
            let centres = stride(from: xLimits.lowerBound + width / 2, to: xLimits.upperBound, by: width).map { $0 }
            let heights = centres.map { c in
                Double(distances.filter { abs($0 - c) < width / 2 }.count) / (2000 * width)
            }
            axes.bars(x: centres, heights: heights, width: width, color: color.withAlpha(0.6))
            axes.function({ HighDimensions.chiDensity($0, dimension: d) }, over: xLimits, color: .black, width: 1.2)
            if dimensions.count > 1 {
                let peak = HighDimensions.chiDensity(Double(d - 1).squareRoot(), dimension: d)
                // The first label to the left of its peak, the others centred, so neighbours do not collide.
                axes.text(
                    "D = \(d)", at: Point(Double(d).squareRoot(), peak + 0.04), anchor: k == 0 ? .bottomRight : .bottom,
                    size: 10)
            }
        }
        if dimensions.count > 1 { axes.yLimits = 0...0.75 }
        return axes
    }
}
