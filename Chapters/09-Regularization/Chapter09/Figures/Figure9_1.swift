import Neural
import Plot

extension Regularization {
    /// Figure 9.1: the Gabor loss with its minima (a), the penalty towards (0, 12.5) (b), and their
    /// sum (c), whose global minimum has moved (arrow).
    @Sendable static func figure9_1() -> Figure {
        typealias E = ExplicitRegularization
        let xs = linspace(E.window.0, 121)
        let ys = linspace(E.window.1, 121)
        var figure = Figure(columns: 3, rows: 1, panelWidth: 290, panelHeight: 270)
        var loss = lossAxes(Field(xs: xs, ys: ys) { E.loss([$0, $1]) }, range: 0...30)
        markMinima(E.plainMinima, on: &loss)
        figure[0] = loss
        figure[1] = lossAxes(Field(xs: xs, ys: ys) { E.penalty([$0, $1]) }, range: 0...30)
        var sum = lossAxes(Field(xs: xs, ys: ys) { E.regularizedLoss([$0, $1]) }, range: 0...60)
        markMinima(E.regularizedMinima, on: &sum)
        let before = E.plainMinima[0].phi
        let after = E.regularizedMinima[0].phi
        sum.arrow(from: Point(before[0], before[1]), to: Point(after[0], after[1]), color: .white, width: 1.5)
        sum.scatter(x: [before[0]], y: [before[1]], color: .clear, size: 9, edge: .white)
        figure[2] = sum
        return figure
    }

    /// Local minima cyan, the global minimum gray.
    static func markMinima(_ minima: [StationaryPoint], on axes: inout Axes) {
        let local = minima.dropFirst()
        axes.scatter(x: local.map { $0.phi[0] }, y: local.map { $0.phi[1] }, color: .bookCyan, size: 9, edge: .black)
        if let global = minima.first {
            axes.scatter(x: [global.phi[0]], y: [global.phi[1]], color: .gray, size: 10, edge: .black)
        }
    }
}
