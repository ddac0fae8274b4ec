import Companion
import Neural

extension SupervisedLearning {
    static let demos: [Demo] = [
        Demo(id: "data", title: "The training data of figure 2.2a", body: showData),
        Demo(id: "losses", title: "Three lines and their losses (figure 2.2, eq. 2.5)", body: showLosses),
        Demo(id: "closed-form", title: "The best line in closed form (problem 2.2)", body: showClosedForm),
        Demo(id: "descent", title: "Walking downhill: gradient descent (figure 2.4)", body: showDescent),
        Demo(id: "generative", title: "Discriminative or generative? (problem 2.3)", body: showGenerative),
    ]

    static let data = BookData.line12

    /// The three lines of figure 2.2b–d: two poor guesses and the least-squares line.
    static let figureLines: [(panel: String, line: LinearRegression)] = [
        ("b", LinearRegression(intercept: 0.4, slope: 0.2)),
        ("c", LinearRegression(intercept: 1.6, slope: -0.8)),
        ("d", LinearRegression.fit(x: data.x, y: data.y)),
    ]

    /// Where the descent of figure 2.4 starts. The book does not say; from here the
    /// first two steps cross the valley visibly and position 4 is within 0.005 of
    /// the minimum, as the caption describes.
    static let descentStart = LinearRegression(intercept: 1.1, slope: -0.8)

    /// Positions 0 to 4 of figure 2.4: steepest descent with exact line search.
    static func descentPath(steps: Int = 4) -> [LinearRegression] {
        var path = [descentStart]
        for _ in 0..<steps { path.append(path.last!.steepestDescentStep(x: data.x, y: data.y)) }
        return path
    }

    static func showData(_ n: Narrator) {
        n.say(
            "Twelve input/output pairs {x_i, y_i}. The inputs are not evenly spaced and the outputs rise "
                + "roughly with the inputs, so a line should describe them well.")
        n.table(["i", "x_i", "y_i"], data.x.indices.map { ["\($0 + 1)", "\(data.x[$0])", "\(data.y[$0])"] })
    }

    static func showLosses(_ n: Narrator) {
        n.say(
            "The loss adds up the squared vertical distances between each point and the line. "
                + "Here are the three lines of figure 2.2; the book quotes L = 7.07, 10.28 and 0.20.")
        n.table(
            ["panel", "φ0", "φ1", "L[φ]"],
            figureLines.map { panel, line in
                [
                    panel, Narrator.format(line.intercept, digits: 3), Narrator.format(line.slope, digits: 3),
                    Narrator.format(line.loss(x: data.x, y: data.y), digits: 2),
                ]
            })
        let (_, worst) = figureLines[1]
        n.say(
            "Panel c's line slopes the wrong way; its largest residual is "
                + Narrator.format(zip(data.x, data.y).map { abs(worst.predict($0) - $1) }.max()!, digits: 2)
                + ", and squaring makes such misses dominate the sum.")
    }

    static func showClosedForm(_ n: Narrator) {
        n.say(
            "Setting ∂L/∂φ0 and ∂L/∂φ1 to zero gives two linear equations. Centring the data solves them: "
                + "φ1 = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², then φ0 = ȳ − φ1·x̄.")
        let count = Double(data.x.count)
        let mx = data.x.reduce(0, +) / count
        let my = data.y.reduce(0, +) / count
        let sxy = zip(data.x, data.y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = data.x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        n.value("x̄", mx)
        n.value("ȳ", my)
        n.value("Σ(x−x̄)(y−ȳ)", sxy)
        n.value("Σ(x−x̄)²", sxx)
        let best = LinearRegression.fit(x: data.x, y: data.y)
        n.value("φ1", best.slope)
        n.value("φ0", best.intercept)
        n.value("L[φ]", best.loss(x: data.x, y: data.y))
        let g = best.gradient(x: data.x, y: data.y)
        n.say(
            "At this point both partial derivatives are below \(String(format: "%.0e", max(abs(g[0]), abs(g[1]), 1e-15) * 10)) "
                + "in size: the surface is flat, as it must be at a minimum. No other line has a smaller loss.")
    }

    static func showDescent(_ n: Narrator) {
        n.say(
            "Training rarely has a closed form. Instead we start somewhere and repeatedly step downhill, "
                + "against the gradient. With a line search each step goes as far as the loss keeps falling; "
                + "for this quadratic loss the best step length is α = gᵀg / gᵀHg.")
        let path = descentPath(steps: 6)
        n.table(
            ["position", "φ0", "φ1", "L[φ]", "|∇L|"],
            path.enumerated().map { index, line in
                let g = line.gradient(x: data.x, y: data.y)
                return [
                    "\(index)", Narrator.format(line.intercept), Narrator.format(line.slope),
                    Narrator.format(line.loss(x: data.x, y: data.y)),
                    Narrator.format((g[0] * g[0] + g[1] * g[1]).squareRoot()),
                ]
            })
        n.say(
            "Each step is perpendicular to the one before (the line search stops where the new gradient is "
                + "orthogonal to the direction), so the path zig-zags into the valley; figure 2.4 shows positions 0–4.")
        let rate = 0.03
        var line = descentStart
        var steps = 0
        let target = figureLines[2].line.loss(x: data.x, y: data.y) + 1e-6
        while line.loss(x: data.x, y: data.y) > target && steps < 100_000 {
            let g = line.gradient(x: data.x, y: data.y)
            line = LinearRegression(intercept: line.intercept - rate * g[0], slope: line.slope - rate * g[1])
            steps += 1
        }
        n.say(
            "Without a line search, a fixed step α = \(rate) needs \(steps) steps to come within 10⁻⁶ of the "
                + "minimum from the same start: the valley is \(valleyRatio()) times steeper across than along.")
    }

    /// The condition number of the Hessian: how elongated the loss contours are.
    static func valleyRatio() -> String {
        let h = LinearRegression.hessian(x: data.x)
        let mean = (h[0][0] + h[1][1]) / 2
        let spread = (((h[0][0] - h[1][1]) / 2) * ((h[0][0] - h[1][1]) / 2) + h[0][1] * h[0][1]).squareRoot()
        return Narrator.format((mean + spread) / (mean - spread), digits: 1)
    }

    /// Three points for problem 2.3 (the book leaves them to the reader).
    static let threePoints = (x: [0.0, 1.0, 2.0], y: [0.0, 1.0, 1.0])

    static func showGenerative(_ n: Narrator) {
        n.say(
            "A generative model runs the other way, x = φ0 + φ1·y, and predicts by inverting it: "
                + "y = (x − φ0)/φ1. Fit both to three points and compare the predictions.")
        let points = threePoints
        let forward = LinearRegression.fit(x: points.x, y: points.y)
        let backward = LinearRegression.fit(x: points.y, y: points.x)
        n.table(
            ["x", "discriminative y", "generative y"],
            [0.0, 1.0, 2.0, 3.0].map { x in
                [
                    Narrator.format(x, digits: 1), Narrator.format(forward.predict(x)),
                    Narrator.format((x - backward.intercept) / backward.slope),
                ]
            })
        n.say(
            "The discriminative fit minimises vertical distances, the generative one horizontal distances, so "
                + "unless the points lie exactly on a line the two predictions differ.")
    }
}
