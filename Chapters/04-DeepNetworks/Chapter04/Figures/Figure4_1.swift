import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Draws figure 4.1 (its caption is in `Figures.swift`).
    static func figure4_1() -> Figure {
        let first = figure41First
        let second = figure41Second
        let xs = linspace(-1...1, samples)
        let inputs = [-0.25, 0.15, 0.9]
        let y = 0.5
        let yPrime = second(0.5)
        var fig = Figure(columns: 4, rows: 1, panelWidth: 260, panelHeight: 250)
        fig[0] = compositionDiagram(inputs: ["x"], secondHidden: 3)
        fig.panel(1) { ax in
            ax = unitAxes(xLabel: "Input, x", yLabel: "Output, y", letter: "b")
            ax.line(x: xs, y: xs.map { first($0) }, color: .bookCyan, width: 2)
            for x in inputs { ax.line(x: [x, x, -1], y: [-1, y, y], color: .gray, width: 0.8, dash: [3, 3]) }
            ax.scatter(x: inputs, y: [-1, -1, -1], color: .lightGray, size: 8, edge: .gray)
            ax.scatter(x: [-1], y: [y], color: .bookCyan, size: 8, edge: .black)
        }
        fig.panel(2) { ax in
            ax = unitAxes(xLabel: "Input, y", yLabel: "Output, y′", letter: "c")
            ax.line(x: xs, y: xs.map { second($0) }, color: .bookCyan, width: 2)
            ax.line(x: [y, y, -1], y: [-1, yPrime, yPrime], color: .gray, width: 0.8, dash: [3, 3])
            ax.scatter(x: [y], y: [-1], color: .bookCyan, size: 8, edge: .black)
            ax.scatter(x: [-1], y: [yPrime], color: .bookOrange, size: 8, edge: .black)
        }
        fig.panel(3) { ax in
            ax = unitAxes(xLabel: "Input, x", yLabel: "Output, y′", letter: "d")
            ax.line(x: xs, y: xs.map { second(first($0)) }, color: .bookCyan, width: 2)
            for x in inputs { ax.line(x: [x, x], y: [-1, yPrime], color: .gray, width: 0.8, dash: [3, 3]) }
            ax.hline(y: yPrime, color: .gray, width: 0.8, dash: [3, 3])
            ax.scatter(x: inputs, y: [-1, -1, -1], color: .lightGray, size: 8, edge: .gray)
            ax.scatter(x: inputs, y: [yPrime, yPrime, yPrime], color: .bookOrange, size: 8, edge: .black)
        }
        return fig
    }
}
