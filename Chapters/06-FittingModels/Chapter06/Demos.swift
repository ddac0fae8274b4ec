import Companion
import Foundation
import Neural

extension FittingModels {
    static let demos: [Demo] = [
        Demo(
            id: "line-search", title: "Bracketing a minimum along a line (figure 6.10, notebook 6.1)",
            body: showLineSearch),
        Demo(id: "linear", title: "Gradient descent with line search on a line fit (figure 6.1)", body: showLinear),
        Demo(id: "gabor", title: "The Gabor model and its many minima (eq. 6.8, figure 6.4)", body: showGabor),
        Demo(id: "gd-vs-sgd", title: "Gradient descent or SGD from the same starts (figure 6.5)", body: showComparison),
        Demo(id: "sgd-noise", title: "Every batch has its own loss (figure 6.6)", body: showBatchNoise),
        Demo(id: "momentum", title: "Momentum and Nesterov momentum (figure 6.7, notebook 6.4)", body: showMomentum),
        Demo(id: "adam", title: "Normalised gradients and Adam on a lopsided valley (figure 6.9)", body: showAdam),
        Demo(id: "logistic", title: "Logistic regression has a convex loss (problem 6.4)", body: showLogistic),
        Demo(
            id: "ill-conditioning", title: "Ill-conditioning and saddle points (Goodfellow et al. §8.2)",
            body: showIllConditioning),
    ]

    /// A table of selected rows of an optimisation path: step, φ0, φ1 and the loss.
    static func pathTable(_ n: Narrator, _ path: [[Double]], every: Int, loss: ([Double]) -> Double) {
        let rows = path.indices.filter { $0 % every == 0 || $0 == path.count - 1 }
        n.table(
            ["step", "φ0", "φ1", "L[φ]"],
            rows.map { t in
                ["\(t)", Narrator.format(path[t][0]), Narrator.format(path[t][1]), Narrator.format(loss(path[t]))]
            })
    }

    /// Notebook 6.1's test function of the line search.
    static func bumpyLoss(_ phi: Double) -> Double {
        1 - 0.5 * exp(-(phi - 0.65) * (phi - 0.65) / 0.1) - 0.45 * exp(-(phi - 0.35) * (phi - 0.35) / 0.02)
    }

    static func showLineSearch(_ n: Narrator) {
        n.say(
            "To choose how far to step we only need the minimum of a 1-D function. Bracketing keeps four points "
                + "a < b < c < d. If a is lowest, the minimum is close to a and the bracket shrinks towards it; if "
                + "L(b) < L(c) the part right of c cannot hold it; otherwise the part left of b cannot. Here it runs on "
                + "notebook 6.1's two-bump function over [0, 1].")
        var rows: [[String]] = []
        let answer = lineSearch(loss: bumpyLoss) { iteration, x in
            rows.append([
                "\(iteration)", Narrator.format(x.a, digits: 3), Narrator.format(x.b, digits: 3),
                Narrator.format(x.c, digits: 3), Narrator.format(x.d, digits: 3),
            ])
        }
        n.table(["iteration", "a", "b", "c", "d"], rows)
        n.value("solution φ", answer, digits: 3)
        n.value("L at the solution", bumpyLoss(answer), digits: 3)
        n.say("After ten updates the bracket has narrowed to the deeper of the two dips, the one near 0.38.")
    }

    static func showLinear(_ n: Narrator) {
        n.say(
            "The line y = φ0 + φ1·x again, on chapter 2's twelve points. Each step measures the gradient "
                + "(eqs. 6.6–6.7) and searches along the downhill direction for the best step size α ≤ 0.1, "
                + "starting where notebook 6.2 does, φ = (1.6, −0.5).")
        let path = lineDescentPath()
        pathTable(n, path, every: 1, loss: lineLoss)
        let best = LinearRegression.fit(x: line.x, y: line.y)
        n.value("least-squares minimum", best.loss(x: line.x, y: line.y))
        let figurePath = figureLineDescentPath()
        n.say(
            "From here four steps only reach L = " + Narrator.format(lineLoss(path[4]), digits: 2)
                + ". Figure 6.1 starts where figure 2.4 does, φ = (1.1, −0.8), and lets the search reach α = 0.5: "
                + "every second step wants α ≈ 0.22, beyond the notebook's 0.1. Its four steps reach L = "
                + Narrator.format(lineLoss(figurePath[4]), digits: 3) + ".")
        var cosines: [String] = []
        for t in 1..<5 {
            let u = [path[t][0] - path[t - 1][0], path[t][1] - path[t - 1][1]]
            let v = [path[t + 1][0] - path[t][0], path[t + 1][1] - path[t][1]]
            let c =
                (u[0] * v[0] + u[1] * v[1])
                / ((u[0] * u[0] + u[1] * u[1]).squareRoot() * (v[0] * v[0] + v[1] * v[1]).squareRoot())
            cosines.append(Narrator.format(c, digits: 3))
        }
        n.say(
            "Problem 6.7: consecutive steps meet at (nearly) right angles, cosines " + cosines.joined(separator: ", ")
                + ". A line search stops where the loss along the line is lowest, i.e. where the new gradient has no "
                + "component along the old direction; in a long narrow valley this gives the zig-zag. Momentum, or a "
                + "step that uses curvature (Newton's method), cuts the corners.")
    }

    static func showGabor(_ n: Narrator) {
        n.say(
            "The Gabor model f = sin(z)·exp(−z²/32) with z = φ0 + 0.06·φ1·x has only two parameters, yet its "
                + "least-squares loss on notebook 6.3's thirty points is full of traps.")
        n.value("L at φ = (0.6, −0.2)", gaborLoss([0.6, -0.2]), digits: 3)
        n.line("  (notebook 6.3 states 16.419)")
        let minima = gaborMinima
        n.say(
            "Newton's method on the gradient, started from a grid, finds \(minima.count) minima and "
                + "\(gaborStationaryPoints.count { $0.kind == .saddle }) saddle points in φ0 ∈ [−10, 10], φ1 ∈ [2.5, 22.5]:"
        )
        n.table(
            ["kind", "φ0", "φ1", "L[φ]", "Hessian eigenvalues"],
            minima.enumerated().map { index, point in
                [
                    index == 0 ? "global minimum" : "local minimum", Narrator.format(point.phi[0]),
                    Narrator.format(point.phi[1]),
                    Narrator.format(point.loss),
                    point.eigenvalues.map { Narrator.format($0, digits: 3) }.joined(separator: ", "),
                ]
            })
        let saddle = gaborSaddle
        n.say(
            "The book's global minimum has L = 0.64 on its own 28 points; these 30 points give "
                + Narrator.format(minima[0].loss, digits: 3) + ". A saddle sits at φ = ("
                + Narrator.format(saddle.phi[0], digits: 2)
                + ", " + Narrator.format(saddle.phi[1], digits: 2) + ") with eigenvalues "
                + saddle.eigenvalues.map { Narrator.format($0, digits: 2) }.joined(separator: " and ")
                + ": downhill almost along φ0, uphill along φ1.")
        let trap = minima[1].phi
        n.say(
            "Problem 6.8: can plain gradient descent with a fixed step leave a local minimum? Start just beside the "
                + "second-best minimum and take 200 steps:")
        n.table(
            ["α", "final φ0", "final φ1", "final L"],
            [0.1, 0.5, 2.0].map { rate in
                var descent = GradientDescent(learningRate: rate)
                let end = descent.trajectory(from: [trap[0] + 0.3, trap[1] + 0.3], steps: 200) { gaborGradient($0) }
                    .last!
                return [
                    Narrator.format(rate, digits: 1), Narrator.format(end[0]), Narrator.format(end[1]),
                    Narrator.format(gaborLoss(end)),
                ]
            })
        n.say(
            "A small step rolls back into the well; a large one overshoots the walls and lands elsewhere — escape "
                + "is possible, but nothing steers it towards a better minimum.")
    }

    static func showComparison(_ n: Narrator) {
        n.say(
            "Three starts: 1 = (−1.5, 8.5), 2 = (3.5, 15.5), 3 = (1.5, 20). Gradient descent with a line search "
                + "(α ≤ 2) just slides downhill; SGD uses five random points per step with α = 0.8, halved every 40 steps."
        )
        let descent = comparisonDescentPaths()
        let stochastic = comparisonStochasticPaths()
        n.table(
            ["start", "GD end φ", "GD loss", "SGD end φ", "SGD loss"],
            comparisonStarts.indices.map { k in
                let d = descent[k].last!
                let s = stochastic[k].last!
                return [
                    "\(k + 1)", "(\(Narrator.format(d[0], digits: 2)), \(Narrator.format(d[1], digits: 2)))",
                    Narrator.format(gaborLoss(d)),
                    "(\(Narrator.format(s[0], digits: 2)), \(Narrator.format(s[1], digits: 2)))",
                    Narrator.format(gaborLoss(s)),
                ]
            })
        n.say(
            "Start 2 lies on the ridge right of the global minimum's valley: gradient descent slides down the far "
                + "side into the neighbouring local minimum, while the noisy steps of SGD carry it over the ridge. "
                + "The path of SGD from start 2:")
        pathTable(n, stochastic[1], every: 20) { gaborLoss($0) }
    }

    static func showBatchNoise(_ n: Narrator) {
        let s = batchViewSetting
        let all = possibleUpdates()
        n.say(
            "From φ = (−1.5, 10) one SGD step with three random points and α = 1 can go many ways, one per batch. "
                + "Each batch defines its own loss, and the step is downhill on that one.")
        let uphill = all.count { $0.fullLossChange > 0 }
        n.value("full loss now", gaborLoss(s.phi))
        n.value(
            "mean full-loss change over \(s.draws) batches",
            all.reduce(0) { $0 + $1.fullLossChange } / Double(all.count))
        n.say(
            "\(uphill) of the \(s.draws) possible steps go uphill on the full loss — this is how SGD can climb out of "
                + "a valley. The three batches of figure 6.6b–d:")
        n.table(
            ["batch (points)", "new φ0", "new φ1", "change of full loss"],
            featuredUpdates().map { u in
                [
                    u.batch.map { "\($0 + 1)" }.joined(separator: ", "), Narrator.format(u.to[0]),
                    Narrator.format(u.to[1]),
                    Narrator.format(u.fullLossChange),
                ]
            })
        n.say(
            "Problem 6.9: 1,000 iterations with batches of 20 from 100 examples use 20,000 examples, that is "
                + Narrator.format(1000.0 * 20 / 100, digits: 0) + " epochs.")
    }

    static func showMomentum(_ n: Narrator) {
        let s = momentumSetting
        n.say(
            "Notebook 6.4: 81 steps from (−1.5, 6.5) with batches of five, α = 0.6; momentum averages the "
                + "gradients with β = 0.6 (eq. 6.11); Nesterov measures the gradient where momentum is about to "
                + "carry us (eq. 6.12). All three use the same batches.")
        let runs = momentumRuns()
        for (name, path) in [("SGD", runs.sgd), ("momentum", runs.momentum), ("Nesterov", runs.nesterov)] {
            n.line(name + ":")
            pathTable(n, path, every: 20) { gaborLoss($0) }
        }
        n.say("Momentum ends lower than plain SGD; as the notebook remarks, Nesterov does not improve on it here.")
        let weights = (0..<5).map { k in (1 - s.beta) * pow(s.beta, Double(k)) }
        n.say(
            "Problem 6.10: unrolling eq. 6.11 gives m_t = Σ_k (1 − β)β^{t−1−k} g_k; with β = 0.6 the latest "
                + "gradients weigh " + weights.map { Narrator.format($0, digits: 4) }.joined(separator: ", ") + ", …")
    }

    static func showAdam(_ n: Narrator) {
        n.say(
            "Notebook 6.5's loss is a valley steep across φ1 and shallow along φ0; the minimum is φ = (0.7, 0). "
                + "Every run starts at (−0.7, −0.9).")
        let runs = anisotropicRuns()
        let named = [
            ("gradient descent, α = 0.08, 200 steps", runs.slow),
            ("gradient descent, α = 1.0, 40 steps", runs.unstable),
            ("normalised gradients, α = 0.08, 40 steps", runs.normalized), ("Adam, α = 0.05, 60 steps", runs.adam),
        ]
        for (name, path) in named {
            n.line(name + ":")
            pathTable(n, path, every: path.count > 100 ? 50 : 10, loss: anisotropicLoss)
        }
        n.say(
            "The small step crawls along the floor; the large one bounces across the valley; normalised steps move "
                + "0.08 in each coordinate and end up hopping between the same two points; Adam's averaged moments give a "
                + "smooth path to the minimum.")
    }

    static func showLogistic(_ n: Narrator) {
        let data = logisticData
        n.say(
            "Problem 6.4: ten points from N(−1, 1) labelled 0 and ten from N(1, 1) labelled 1 (NumPy seed 1). "
                + "The loss is the binary cross-entropy; its gradient is Σ(sig(z_i) − y_i)[1, x_i].")
        var descent = GradientDescent(learningRate: 0.1)
        let path = descent.trajectory(from: [0, 0], steps: 60) {
            LogisticRegression(phi: $0).gradient(x: data.x, y: data.y)
        }
        let model = LogisticRegression(phi: path.last!)
        pathTable(n, path, every: 10) { LogisticRegression(phi: $0).loss(x: data.x, y: data.y) }
        let eigen = symmetricEigen(model.hessian(x: data.x)).values
        n.say(
            "The Hessian Σ s_i(1 − s_i)[1, x_i][1, x_i]ᵀ is a positively weighted sum of outer products, so it is "
                + "positive semi-definite at every φ: the loss is convex. At the fit its eigenvalues are "
                + eigen.map { Narrator.format($0, digits: 3) }.joined(separator: " and ") + ".")
        n.value("Pr(y = 1 | x = 0) at the fit", model.probability(0), digits: 3)
    }

    static func showIllConditioning(_ n: Narrator) {
        let bowl = illConditioned
        n.say(
            "Goodfellow et al. (§8.2.1): a step −εg changes the loss by ½ε²gᵀHg − εgᵀg (their eq. 8.10). "
                + "On the bowl L = ½(φ0² + 50φ1²), with Hessian eigenvalues 1 and 50, the curvature term overtakes the "
                + "slope term as soon as ε > 2/50 along the steep direction.")
        n.table(
            ["ε", "½ε²gᵀHg at (1, 1)", "εgᵀg at (1, 1)", "steps to L < 10⁻⁶"],
            [0.01, 0.02, 0.039, 0.041].map { rate in
                let terms = bowl.predictedChange(at: [1, 1], rate: rate)
                return [
                    Narrator.format(rate, digits: 3), Narrator.format(terms.curvature), Narrator.format(terms.slope),
                    stepsToConverge(rate: rate).map(String.init) ?? "diverges",
                ]
            })
        n.say(
            "The steep direction caps ε, so the shallow one crawls: the number of steps grows with the condition "
                + "number 50.")
        let saddle = saddleQuadratic
        n.say(
            "§8.2.3: now L = ½(φ0² − 0.5φ1²), a saddle with eigenvalues 1 and −0.5. Gradient descent (ε = 0.2) "
                + "from (1, 0.001):")
        let path = saddleEscapePath()
        n.table(
            ["step", "L[φ]", "|g|"],
            stride(from: 0, through: 60, by: 10).map { t in
                let g = saddle.gradient(path[t])
                return [
                    "\(t)", Narrator.format(saddle.loss(path[t])),
                    Narrator.format((g[0] * g[0] + g[1] * g[1]).squareRoot()),
                ]
            })
        n.say(
            "The loss falls all the way, but the gradient first shrinks towards zero near the saddle — where a "
                + "stopping rule on |g| would wrongly declare convergence — and then grows again as the path escapes "
                + "along the negative-curvature direction.")
    }
}
