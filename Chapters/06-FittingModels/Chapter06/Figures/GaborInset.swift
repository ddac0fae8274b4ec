import Neural
import Plot

/// A small data plot drawn inside a parameter-plane panel (the insets of figure 6.6): a framed white box
/// whose corners are given in the panel's own data coordinates, showing x ∈ [−15, 15], y ∈ [−1.2, 1.2].
struct GaborInset {
    /// The box in the host panel's coordinates.
    let box: (x: ClosedRange<Double>, y: ClosedRange<Double>)
    let xRange = -15.0...15.0
    let yRange = -1.2...1.2

    /// The host panel's point for the inset's (x, y).
    func place(_ x: Double, _ y: Double) -> Point {
        let u = (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound)
        let v = (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound)
        return Point(
            box.x.lowerBound + u * (box.x.upperBound - box.x.lowerBound),
            box.y.lowerBound + v * (box.y.upperBound - box.y.lowerBound))
    }

    /// The white box and its frame.
    func drawBackground(on axes: inout Axes) {
        let (x, y) = box
        axes.fillBetween(
            x: [x.lowerBound, x.upperBound], lower: [y.lowerBound, y.lowerBound], upper: [y.upperBound, y.upperBound],
            color: .white)
        axes.line(
            x: [x.lowerBound, x.upperBound, x.upperBound, x.lowerBound, x.lowerBound],
            y: [y.lowerBound, y.lowerBound, y.upperBound, y.upperBound, y.lowerBound], color: .black, width: 0.8)
    }

    /// The Gabor model's curve for `phi`, sampled at 150 points.
    func drawModel(_ phi: [Double], on axes: inout Axes, color: Color, dash: [Double] = []) {
        let model = GaborModel(phi)
        let points = linspace(xRange, 150).map { place($0, model.predict($0)) }
        axes.line(x: points.map(\.x), y: points.map(\.y), color: color, width: 1.3, dash: dash)
    }

    /// Data points as markers.
    func drawPoints(x: [Double], y: [Double], on axes: inout Axes, color: Color, size: Double) {
        let points = zip(x, y).map { place($0, $1) }
        axes.scatter(x: points.map(\.x), y: points.map(\.y), color: color, size: size)
    }
}
