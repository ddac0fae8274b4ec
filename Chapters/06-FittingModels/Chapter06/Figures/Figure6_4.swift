import Companion
import Neural
import Plot

extension FittingModels {
    /// The five minima whose models figure 6.4b–f shows, in panel order; panel c is the global minimum.
    static func figure6_4Minima() -> [StationaryPoint] {
        let minima = gaborMinima
        return [minima[1], minima[0], minima[2], minima[3], minima[4]]
    }

    /// Figure 6.4: the Gabor loss with its minima and a saddle point, and the models at five minima.
    @Sendable static func figure6_4() -> Figure {
        var figure = Figure(columns: 3, rows: 2, panelWidth: 270, panelHeight: 240)
        var axes = gaborAxes(gaborField())
        let minima = gaborMinima
        axes.scatter(
            x: minima.dropFirst().map { $0.phi[0] }, y: minima.dropFirst().map { $0.phi[1] },
            color: .bookCyan, size: 8, edge: .black, label: "local minima")
        axes.scatter(
            x: [minima[0].phi[0]], y: [minima[0].phi[1]], color: .gray, size: 9, edge: .black, label: "global minimum")
        let saddle = gaborSaddle
        axes.scatter(
            x: [saddle.phi[0]], y: [saddle.phi[1]], color: .blue, size: 10, marker: .cross, label: "saddle point")
        // Each minimum whose model a panel shows carries that panel's letter.
        for (letter, point) in zip(["b", "c", "d", "e", "f"], figure6_4Minima()) {
            axes.text(
                letter, at: Point(point.phi[0] + 0.7, point.phi[1]), anchor: .left, size: 11, color: .white)
        }
        figure[0] = axes

        for (index, point) in figure6_4Minima().enumerated() {
            var panel = gaborDataAxes()
            drawGabor(point.phi, on: &panel)
            panel.scatter(x: gabor.x, y: gabor.y, color: .bookOrange, size: 5)
            panel.text(
                "L = " + Narrator.format(point.loss, digits: 2), at: Point(14, -0.9), anchor: .bottomRight, size: 10)
            figure[index + 1] = panel
        }
        return figure
    }
}
