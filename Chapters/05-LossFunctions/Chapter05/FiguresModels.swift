import Companion
import Foundation
import Neural
import Plot

/// Figures that show models predicting distributions: 5.1, 5.2, 5.4, 5.5, 5.7, 5.8, 5.10.
extension LossFunctions {
    /// Wraps an angle into (−π, π].
    static func wrap(_ angle: Double) -> Double {
        let r = remainder(angle, 2 * .pi)
        return r <= -.pi ? r + 2 * .pi : r
    }

    static func figure5_1() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 300, panelHeight: 240)
        var rng = NumPyRandomState(seed: 1)
        let x = rng.uniform(low: 0, high: 10, count: 30)
        let slices = [2.0, 7.0]
        // a) Regression: normal around a smooth mean.
        let mean = { (x: Double) in 1 + 0.3 * x + 0.8 * sin(x) }
        let noise = rng.normal(loc: 0, scale: 0.5, count: 30)
        fig.panel(0) { ax in
            ax.function(mean, over: 0...10, color: .bookCyan.mixed(with: .black, 0.3), width: 1.5)
            ax.scatter(x: x, y: zip(x, noise).map { mean($0) + $1 }, size: 5)
            for s in slices {
                Draw.sidewaysDensity(&ax, at: s, over: mean(s) - 2...mean(s) + 2, scale: 1.2) {
                    Distributions.normal($0, mean: mean(s), sigma: 0.5)
                }
            }
            ax.xLimits = 0...10; ax.yLimits = -1...6
            ax.xLabel = "Input, x"; ax.yLabel = "Output, y ∈ ℝ"
        }
        // b) Four classes whose probabilities change with x.
        let centres = [1.5, 4.0, 6.5, 9.0]
        let classProbabilities = { (x: Double) in softmax(centres.map { -($0 - x) * ($0 - x) / 4 }) }
        let labels = x.map { value -> Double in
            let p = classProbabilities(value)
            let u = rng.uniform()
            var total = 0.0
            for k in p.indices { total += p[k]; if u < total { return Double(k + 1) } }
            return 4
        }
        fig.panel(1) { ax in
            ax.scatter(x: x, y: labels, size: 5)
            for s in slices {
                Draw.sidewaysBars(
                    &ax, at: s, heights: [1, 2, 3, 4], probabilities: classProbabilities(s), thickness: 0.35, scale: 2.2
                )
            }
            ax.xLimits = 0...10; ax.yLimits = 0.4...4.6
            ax.yTicks = [1, 2, 3, 4]
            ax.xLabel = "Input, x"; ax.yLabel = "Class, y ∈ \\{1, 2, 3, 4\\}"
        }
        // c) Counts with a rate that grows with x.
        let rate = { (x: Double) in exp(0.1 + 0.22 * x) }
        let counts = x.map { value -> Double in
            let u = rng.uniform()
            var k = 0
            var total = Distributions.poisson(0, rate: rate(value))
            while u > total && k < 40 { k += 1; total += Distributions.poisson(k, rate: rate(value)) }
            return Double(k)
        }
        fig.panel(2) { ax in
            ax.scatter(x: x, y: counts, size: 5)
            for s in slices {
                let ks = Array(0...14)
                Draw.sidewaysBars(
                    &ax, at: s, heights: ks.map(Double.init),
                    probabilities: ks.map { Distributions.poisson($0, rate: rate(s)) },
                    thickness: 0.6, scale: 5)
            }
            ax.xLimits = 0...10; ax.yLimits = -0.5...15
            ax.xLabel = "Input, x"; ax.yLabel = "Count, y ∈ \\{0, 1, 2, …\\}"
        }
        // d) Directions whose mean turns with x.
        let direction = { (x: Double) in wrap(-2.5 + 0.6 * x) }
        let angles = rng.normal(loc: 0, scale: 0.35, count: 30)
        fig.panel(3) { ax in
            ax.scatter(x: x, y: zip(x, angles).map { wrap(direction($0) + $1) }, size: 5)
            for s in slices {
                Draw.sidewaysDensity(&ax, at: s, over: -.pi ... .pi, scale: 1.2) {
                    Distributions.vonMises($0, mean: direction(s), concentration: 8)
                }
            }
            ax.xLimits = 0...10; ax.yLimits = -.pi ... .pi
            ax.yTicks = [-.pi, 0, .pi]; ax.yTickLabels = ["−π", "0", "π"]
            ax.xLabel = "Input, x"; ax.yLabel = "Direction, y ∈ (−π, π]"
        }
        return fig
    }

    static func figure5_2() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 240, panelHeight: 230)
        let g = { (z: Double) in
            0.9 * exp(-(z - 2.2) * (z - 2.2) / 0.8) + 0.5 * exp(-(z - 3.8) * (z - 3.8) / 0.3) + 0.02
        }
        let zs = linspace(0, 5, 2001)
        let peak = zs.max { g($0) < g($1) }!
        fig.panel(0) { ax in
            ax.function(log, over: 0.01...5, color: .bookCyan, width: 2)
            ax.xLimits = 0...5; ax.yLimits = -4...2
            ax.xLabel = "z"; ax.yLabel = "log[z]"
        }
        fig.panel(1) { ax in
            ax.function(g, over: 0...5, color: .bookCyan, width: 2)
            ax.vline(x: peak, color: .bookOrange, dash: [4, 3])
            ax.xLimits = 0...5; ax.yLimits = 0...1.1
            ax.xLabel = "z"; ax.yLabel = "g[z]"
        }
        fig.panel(2) { ax in
            ax.function({ log(g($0)) }, over: 0...5, color: .bookCyan, width: 2)
            ax.vline(x: peak, color: .bookOrange, dash: [4, 3])
            ax.xLimits = 0...5; ax.yLimits = -4.5...0.5
            ax.xLabel = "z"; ax.yLabel = "log[g[z]]"
        }
        return fig
    }

    /// Figure 5.4: the least-squares line and figure 2.2c's poor line, the points i = 4 and 10
    /// highlighted, and σ = 0.2 for the normal densities.
    static let highlighted = [3, 9]
    static let figure54Sigma = 0.2

    static func figure5_4() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 290, panelHeight: 240)
        let data = BookData.line12
        let lines = [LinearRegression.fit(x: data.x, y: data.y), LinearRegression(intercept: 1.6, slope: -0.8)]
        let colors: [Color] = [.blue, .green]
        for (k, line) in lines.enumerated() {
            fig.panel(k) { ax in
                ax.line(
                    x: [0, 2], y: [line.predict(0), line.predict(2)], color: .bookCyan.mixed(with: .black, 0.2),
                    width: 2)
                for (x, y) in zip(data.x, data.y) {
                    ax.line(x: [x, x], y: [y, line.predict(x)], color: .gray, width: 1, dash: [3, 2])
                }
                ax.scatter(x: data.x, y: data.y, size: 6)
                for (c, i) in highlighted.enumerated() {
                    ax.scatter(x: [data.x[i]], y: [data.y[i]], color: colors[c], size: 9, edge: .black)
                }
                ax.text(
                    "L = " + Narrator.format(line.loss(x: data.x, y: data.y), digits: 2), at: Point(0.05, 1.95),
                    anchor: .topLeft)
                ax.xLimits = 0...2; ax.yLimits = 0...2
                ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
            }
            fig.panel(k + 2) { ax in
                var nll = 0.0
                for (x, y) in zip(data.x, data.y) {
                    nll -= log(Distributions.normal(y, mean: line.predict(x), sigma: figure54Sigma))
                }
                for (c, i) in highlighted.enumerated() {
                    let mu = line.predict(data.x[i])
                    let p = Distributions.normal(data.y[i], mean: mu, sigma: figure54Sigma)
                    ax.function(
                        { Distributions.normal($0, mean: mu, sigma: figure54Sigma) }, over: -0.5...2.5,
                        color: colors[c], width: 2,
                        label: "Pr(y | x_{\(i + 1)})")
                    ax.line(x: [-0.5, data.y[i]], y: [p, p], color: .bookOrange, width: 1.5, dash: [4, 3])
                    ax.scatter(x: [data.y[i]], y: [p], color: colors[c], size: 8, edge: .black)
                }
                ax.text(
                    "−Σ_i log Pr(y_i | x_i) = " + Narrator.format(nll, digits: 1),
                    at: Point(0.97, 0.95), anchor: .topRight, coordinates: .axes)
                ax.xLimits = -0.5...2.5; ax.yLimits = 0...3.2
                ax.xLabel = "Output, y"; ax.yLabel = "Pr(y | x)"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }

    static func figure5_5() -> Figure {
        var fig = Figure(columns: 2, rows: 2, panelWidth: 290, panelHeight: 240)
        fig.panels[0] = .axes(Draw.network(hidden: Heteroscedastic.hiddenUnits, outputs: ["μ"]))
        fig.panels[2] = .axes(Draw.network(hidden: Heteroscedastic.hiddenUnits, outputs: ["μ", "σ"]))
        let xs = linspace(0, 1, 201)
        for (panel, fit) in [(1, Heteroscedastic.homoscedastic), (3, Heteroscedastic.heteroscedastic)] {
            fig.panel(panel) { ax in
                ax.fillBetween(
                    x: xs, lower: xs.map { fit.mean($0) - 2 * fit.sd($0) },
                    upper: xs.map { fit.mean($0) + 2 * fit.sd($0) },
                    color: .lightGray, label: "μ ± 2σ")
                ax.scatter(x: Heteroscedastic.data.x, y: Heteroscedastic.data.y, size: 4)
                ax.line(x: xs, y: xs.map(fit.mean), color: .blue, width: 2, label: "μ")
                ax.xLimits = 0...1; ax.yLimits = -1...2.5
                ax.xLabel = "Input, x"; ax.yLabel = "Output, y"
                ax.legend(position: .upperLeft)
            }
        }
        return fig
    }

    static func figure5_7() -> Figure {
        var ax = Axes()
        ax.function(sigmoid, over: -6...6, color: .bookCyan, width: 2.5)
        ax.hline(y: 0.5, color: .gray, dash: [3, 3])
        ax.vline(x: 0, color: .gray, dash: [3, 3])
        ax.scatter(x: [0], y: [0.5], color: .bookOrange, size: 7, edge: .black)
        ax.xLimits = -6...6; ax.yLimits = 0...1
        ax.xLabel = "Input, z"; ax.yLabel = "sig[z]"
        return Figure(ax, width: 320, height: 250)
    }

    static func figure5_8() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 240)
        let xs = NotebookModel.arange(0, 1, 0.01)
        let f = NotebookModel.binaryLogits(xs)
        let lambda = f.map(sigmoid)
        fig.panel(0) { ax in
            ax.line(x: xs, y: f, color: .bookCyan, width: 2)
            ax.xLimits = 0...1; ax.yLimits = -5...4
            ax.xLabel = "Input, x"; ax.yLabel = "Network output, f[x, φ]"
        }
        fig.panel(1) { ax in
            ax.line(x: xs, y: lambda, color: .bookCyan, width: 2)
            ax.xLimits = 0...1; ax.yLimits = -0.05...1.05
            ax.xLabel = "Input, x"; ax.yLabel = "sig[f[x, φ]]"
        }
        fig.panel(2) { ax in
            ax.line(x: xs, y: lambda, color: .bookCyan, width: 2, label: "λ = Pr(y = 1 | x)")
            ax.line(
                x: xs, y: lambda.map { 1 - $0 }, color: .bookCyan, width: 2, dash: [5, 3],
                label: "1 − λ = Pr(y = 0 | x)")
            ax.scatter(x: NotebookModel.x, y: BookData.y5_2.map(Double.init), size: 6)
            ax.xLimits = 0...1; ax.yLimits = -0.05...1.45
            ax.yTicks = [0, 0.25, 0.5, 0.75, 1]
            ax.xLabel = "Input, x"; ax.yLabel = "Pr(y | x)"
            ax.legend(position: .upperRight)
        }
        return fig
    }

    static func figure5_10() -> Figure {
        var fig = Figure(columns: 2, rows: 1, panelWidth: 290, panelHeight: 240)
        let xs = NotebookModel.arange(0, 1, 0.01)
        let f = NotebookModel.multiclassLogits(xs)
        let p = softmax(Matrix(f))
        let colors: [Color] = [.bookOrange, .blue, .green]
        fig.panel(0) { ax in
            for k in 0..<3 { ax.line(x: xs, y: f[k], color: colors[k], width: 2, label: "f_\(k + 1)[x, φ]") }
            ax.xLimits = 0...1; ax.yLimits = -8...8
            ax.xLabel = "Input, x"; ax.yLabel = "Network outputs"
            ax.legend(position: .upperCenter)
        }
        fig.panel(1) { ax in
            for k in 0..<3 { ax.line(x: xs, y: p.row(k), color: colors[k], width: 2, label: "Pr(y = \(k + 1) | x)") }
            let labels = BookData.y5_3
            for k in 0..<3 {
                let idx = labels.indices.filter { labels[$0] == k }
                ax.scatter(
                    x: idx.map { NotebookModel.x[$0] }, y: idx.map { _ in -0.05 }, color: colors[k], size: 6,
                    edge: .black)
            }
            ax.xLimits = 0...1; ax.yLimits = -0.1...1.6
            ax.yTicks = [0, 0.25, 0.5, 0.75, 1]
            ax.xLabel = "Input, x"; ax.yLabel = "softmax_k[f[x, φ]]"
            ax.legend(position: .upperRight)
        }
        return fig
    }
}
