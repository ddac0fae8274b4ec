import Foundation
import Neural
import Plot

/// Figures that exercise most of the library; rendered by `DemoTests` and, when
/// `UDL_PLOT_DEMO_DIR` is set, written there as PNG/SVG/PDF for looking at by eye.
enum DemoFigures {
    /// The 12-point line data of chapter 2's notebook.
    static let xs = [0.03, 0.19, 0.34, 0.46, 0.78, 0.81, 1.08, 1.18, 1.39, 1.60, 1.65, 1.90]
    static let ys = [0.67, 0.85, 1.05, 1.0, 1.40, 1.5, 1.3, 1.54, 1.55, 1.68, 1.73, 1.6]

    static func loss(_ phi0: Double, _ phi1: Double) -> Double {
        zip(xs, ys).reduce(0) { sum, p in
            let r = phi0 + phi1 * p.0 - p.1; return sum + r * r
        }
    }

    static var panels: Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 260, panelHeight: 240)
        for (index, (phi0, phi1)) in [(0.4, 0.2), (1.0, -0.3), (0.6, 0.5), (0.8, 0.3)].enumerated() {
            fig.panel(index) { ax in
                ax.xLimits = 0...2; ax.yLimits = 0...2
                ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
                ax.aspect = .equal
                ax.line(
                    x: [0, 2], y: [phi0, phi0 + 2 * phi1], color: .bookCyan, width: 2,
                    label: "φ_0 = \(phi0), \\phi_1 = \(phi1)")
                ax.scatter(x: xs, y: ys, color: .bookOrange, size: 6, label: "data")
                ax.text("L = \(String(format: "%.2f", loss(phi0, phi1)))", at: Point(1.9, 0.15), anchor: .bottomRight)
                ax.legend(position: .upperLeft)
            }
        }
        fig[3].title = "Best of 4: β_{k+1} = Ω_k x^2"
        return fig
    }

    static var lossMap: Figure {
        let field = Field(xs: linspace(0...2, 121), ys: linspace(-1...1, 121), loss)
        var ax = Axes()
        ax.heatmap(field, colormap: .udlLoss, range: 0...40, showColorbar: true, colorbarLabel: "Loss, L[φ]")
        ax.contour(field, levels: stride(from: 1.0, through: 40, by: 3).map { $0 })
        ax.scatter(x: [0.4, 1.6], y: [0.2, -0.8], color: .pathTeal, size: 7, edge: .black)
        ax.arrow(from: Point(1.6, -0.8), to: Point(0.9, 0.4), color: .pathTeal, width: 2)
        ax.xLabel = "Intercept, φ_0"; ax.yLabel = "Slope, φ_1"
        return Figure(ax, width: 340, height: 290)
    }

    static var logPlot: Figure {
        var ax = Axes()
        ax.yScale = .log
        ax.xLimits = 0...10; ax.yLimits = 1...1e6
        let d = linspace(0...10, 11)
        ax.line(x: d, y: d.map { pow(4, $0) }, color: .blue, label: "4^D")
        ax.line(x: d, y: d.map { 1 + 50 * $0 * $0 }, color: .red, dash: [5, 3], label: "1 + 50D^2")
        ax.scatter(x: d, y: d.map { pow(3, $0) }, color: .green, marker: .square, label: "3^D")
        ax.bars(x: [2, 4], heights: [10, 100], width: 0.6, color: Color.gray.withAlpha(0.5), label: "bars")
        ax.grid = true
        ax.xLabel = "Depth, D"; ax.yLabel = "Number of regions"
        ax.title = "Log scale"
        ax.legend(position: .lowerRight)
        return Figure(ax, width: 320, height: 260)
    }

    static var surface: Figure {
        let field = Field(xs: linspace(0...2, 41), ys: linspace(-1...1, 41), loss)
        var s = Surface3D(field)
        s.xLabel = "φ_0"; s.yLabel = "φ_1"; s.zLabel = "L[φ]"
        s.points(
            x: [0.4, 1.0, 0.6], y: [0.2, -0.3, 0.5], z: [loss(0.4, 0.2), loss(1.0, -0.3), loss(0.6, 0.5)],
            color: .bookCyan, size: 8)
        var fig = Figure(columns: 2, rows: 1, panelWidth: 300, panelHeight: 280)
        fig.place(s, at: 0)
        fig.panel(1) { ax in
            ax.filledContour(field, levels: linspace(0...60, 13), showColorbar: true)
            ax.contour(field, count: 12, color: .black.withAlpha(0.4), width: 0.6)
            ax.invertY = true
            ax.xLabel = "φ_0"; ax.yLabel = "φ_1"
        }
        return fig
    }

    static var all: [(name: String, figure: Figure)] {
        [("panels", panels), ("lossmap", lossMap), ("log", logPlot), ("surface", surface)]
    }
}
