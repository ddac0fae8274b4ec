import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// The colours of the first network's three pieces in figure 4.3.
    static let figure43Colors = [Color.blue, Color(rgb: 0xff7f0e), Color(rgb: 0x9467bd)]

    /// Draws figure 4.3 (its caption is in `Figures.swift`): figure 4.1's composition seen as folding.
    static func figure4_3() -> Figure {
        let first = figure41First
        let second = figure41Second
        let knots = figure41Knots
        var fig = Figure(columns: 3, rows: 1, panelWidth: 280, panelHeight: 260)

        // (a) The first network folds [−1, 1] onto y ∈ [−1, 1]: piece k becomes layer k of a stack,
        // running left or right as its slope is negative or positive, joined by folds.
        var folded = Axes()
        folded.xLimits = -1.75...1.75; folded.yLimits = -0.6...2.7
        folded.yTicks = []; folded.xTicks = [-1, 0, 1]
        folded.xLabel = "First network's output, y"
        folded.letter = "a"
        for k in 0..<3 {
            let (a, b) = (first(knots.first[k]), first(knots.first[k + 1]))
            folded.arrow(
                from: Point(a, Double(k)), to: Point(b, Double(k)), color: figure43Colors[k], width: 2.5, headSize: 10)
            folded.text(
                "x = " + ["−1", "0", "0.6"][k], at: Point(a, Double(k) - 0.12),
                anchor: a < 0 ? .topLeft : .topRight, size: 9, color: figure43Colors[k])
            if k < 2 {
                // The fold: a half loop from the end of layer k to the start of layer k + 1.
                let s = linspace(0...1, 25)
                let side = b > 0 ? 1.0 : -1.0
                folded.line(
                    x: s.map { b + side * 0.22 * sin(Double.pi * $0) },
                    y: s.map { Double(k) + 0.5 - 0.5 * cos(Double.pi * $0) },
                    color: .gray, width: 1.2)
            }
        }
        folded.text("x = 1", at: Point(1, 2.12), anchor: .bottomRight, size: 9, color: figure43Colors[2])
        // The three inputs of figure 4.1b that reach y = 0.5 now lie on top of each other.
        folded.vline(x: 0.5, color: .gray, width: 0.8, dash: [3, 3])
        folded.scatter(x: [0.5, 0.5, 0.5], y: [0, 1, 2], color: .bookCyan, size: 8, edge: .black)
        folded.title = "Folded by the first network"
        fig[0] = folded

        // (b) The second network's function acts on the folded space: the same graph over every layer.
        var applied = Axes()
        applied.xLimits = -1.2...1.2; applied.yLimits = -0.6...2.7
        applied.yTicks = []; applied.xTicks = [-1, 0, 1]
        applied.xLabel = "y"
        applied.letter = "b"
        let ys = knots.second
        for k in 0..<3 {
            let base = Double(k)
            applied.line(x: [-1, 1], y: [base, base], color: figure43Colors[k].withAlpha(0.4), width: 2.5)
            applied.line(x: ys, y: ys.map { base + 0.4 * second($0) }, color: .bookCyan, width: 2)
        }
        applied.scatter(
            x: [0.5, 0.5, 0.5], y: (0..<3).map { Double($0) + 0.4 * second(0.5) }, color: .bookOrange, size: 8,
            edge: .black)
        applied.title = "The second network applied"
        fig[1] = applied

        // (c) Unfolded: each piece of x carries its copy of the second function, flipped where the fold
        // reversed it.
        var unfolded = unitAxes(xLabel: "Input, x", yLabel: "Output, y′", letter: "c")
        for k in 0..<3 {
            let (a, b) = (knots.first[k], knots.first[k + 1])
            let (ya, yb) = (first(a), first(b))
            let inner = knots.second.dropFirst().dropLast().map { a + ($0 - ya) / (yb - ya) * (b - a) }
            let xs = ([a, b] + inner).sorted()
            unfolded.line(x: xs, y: xs.map { second(first($0)) }, color: figure43Colors[k], width: 2.5)
            if k > 0 { unfolded.vline(x: a, color: .gray, width: 0.8, dash: [3, 3]) }
        }
        unfolded.title = "Unfolded: the output"
        fig[2] = unfolded
        return fig
    }
}
