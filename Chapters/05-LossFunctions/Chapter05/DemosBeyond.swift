import Companion
import Foundation
import Neural

extension LossFunctions {
    static func showRecipe(_ n: Narrator) {
        n.say(
            "Section 5.2's recipe: pick a distribution over the output domain, let the network predict its "
                + "parameters (squashed into their valid ranges), and minimise −Σ log Pr(y_i | θ_i). Figure 5.11:")
        n.table(["data type", "domain", "distribution", "use"], RecipeRow.figure511)
        n.say(
            "Expanded, one row per distribution (the book's \"Laplace or t\" and \"exponential or gamma\" split), "
                + "each taken through the recipe. The last column integrates (or sums) the density with example "
                + "parameters over its whole domain: a loss is only a negative log-likelihood if this is one.")
        let rows = RecipeRow.rows
        n.table(
            ["distribution", "outputs → parameters", "total"],
            rows.map {
                [$0.distribution, $0.parameters, Narrator.format($0.totalProbability(), digits: 6)]
            })
        n.line()
        n.table(
            ["distribution", "loss −log Pr(y|θ)", "point estimate"],
            rows.map {
                [$0.distribution, $0.loss, $0.inference]
            })
    }

    /// Softmax written straight from eq. 5.22, with no shift: overflows for large inputs.
    static func naiveSoftmax(_ z: [Double]) -> [Double] {
        let e = z.map { exp($0) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }

    static func showStableSoftmax(_ n: Narrator) {
        n.say(
            "Eq. 5.22 divides exponentials. exp[710] is already beyond the largest Double, so written naively the "
                + "softmax of large outputs is ∞/∞ = NaN, and of very negative outputs 0/0 = NaN:")
        let show = { (v: [Double]) in
            "[" + v.map { $0.isNaN ? "NaN" : Narrator.format($0, digits: 4) }.joined(separator: ", ") + "]"
        }
        let cases: [[Double]] = [[1, 2, 3], [1000, 1001, 1002], [-1000, -1001, -1002]]
        n.table(
            ["z", "naive softmax", "shifted softmax"],
            cases.map { z in
                [show(z).replacingOccurrences(of: ".0000", with: ""), show(naiveSoftmax(z)), show(softmax(z))]
            })
        n.say(
            "Subtracting the maximum first changes nothing mathematically (softmax[z + c] = softmax[z]) but keeps "
                + "every exponent ≤ 0. The same trick gives log Σ exp[z_k] = m + log Σ exp[z_k − m]:")
        n.value("naive log Σ exp of [1000, 1001, 1002]", log(cases[1].reduce(0) { $0 + exp($1) }))
        n.value("stable logSumExp", logSumExp(cases[1]))
        n.value("1002 + logSumExp([−2, −1, 0])", 1002 + logSumExp([-2, -1, 0]))
        n.say(
            "This is why the core's cross-entropy takes logits: −log softmax_y[f] = logSumExp[f] − f_y never forms a "
                + "probability, so a confident mistake costs a large finite loss instead of −log 0 = ∞.")
        let logits = [0.0, 800]
        n.value("−log(naive softmax_0 of [0, 800])", -log(naiveSoftmax(logits)[0]))
        n.value("cross-entropy from logits", CrossEntropy().value(output: Matrix(column: logits), target: [0]))
    }

    /// The gradient with respect to the logits of the squared error Σ_k (softmax_k[z] − e_k)²
    /// against the one-hot target e of class `y`: Σ_k 2(p_k − e_k) p_k (δ_kj − p_j).
    static func squaredErrorGradient(_ z: [Double], target y: Int) -> [Double] {
        let p = softmax(z)
        return z.indices.map { j in
            p.indices.reduce(0) { $0 + 2 * (p[$1] - ($1 == y ? 1 : 0)) * p[$1] * (($1 == j ? 1 : 0) - p[j]) }
        }
    }

    /// The gradient of the cross-entropy −log softmax_y[z]: p − e_y.
    static func crossEntropyGradient(_ z: [Double], target y: Int) -> [Double] {
        CrossEntropy().gradient(output: Matrix(column: z), target: [y]).data
    }

    static func showSaturation(_ n: Narrator) {
        n.say(
            "Goodfellow et al. (§6.2.2.3) explain why a softmax output should be trained with the log-likelihood. "
                + "The softmax only sees differences between its inputs (it is unchanged by adding a constant), and it "
                + "saturates: when one input leads by a lot, its output is nearly 1 and the rest nearly 0.")
        n.say(
            "Take three classes, the true class 0, and a network that is wrong with growing confidence: logits "
                + "z = (−t, t, 0). Compare the gradient that reaches the true class's logit under the two losses:")
        n.table(
            ["t", "Pr(true class)", "∂/∂z_0 cross-entropy", "∂/∂z_0 squared error"],
            [0.5, 2, 5, 10, 20].map { t in
                let z = [-t, t, 0]
                return [
                    Narrator.format(t, digits: 1), String(format: "%.2e", softmax(z)[0]),
                    Narrator.format(crossEntropyGradient(z, target: 0)[0], digits: 4),
                    String(format: "%.2e", squaredErrorGradient(z, target: 0)[0]),
                ]
            })
        n.say(
            "The cross-entropy's log undoes the exponential: the push on z_0 approaches −1, the strongest possible, "
                + "exactly when the mistake is worst. Squared error on the probabilities multiplies by p_0 ≈ 0 and the "
                + "gradient vanishes, so a confidently wrong model barely learns.")
        n.say(
            "Two more facts from the same section. A sigmoid is a two-way softmax with one input pinned at zero, "
                + "so the K-output softmax has one redundant degree of freedom:")
        n.value("sig[1.3]", sigmoid(1.3), digits: 6)
        n.value("softmax([1.3, 0])_0", softmax([1.3, 0])[0], digits: 6)
        n.say(
            "And with free logits per input, maximum likelihood makes the softmax equal to the observed class "
                + "frequencies (eq. 6.31). Fitting one set of logits to 5, 3 and 2 examples of three classes:")
        let fitted = softmax(fitLogitsToCounts([5, 3, 2]))
        n.table(
            ["class", "frequency", "fitted softmax"],
            fitted.indices.map {
                ["\($0)", Narrator.format([0.5, 0.3, 0.2][$0], digits: 4), Narrator.format(fitted[$0], digits: 4)]
            })
    }

    /// Gradient descent on the cross-entropy of logits shared by examples with the given counts per class.
    static func fitLogitsToCounts(_ counts: [Int]) -> [Double] {
        let labels = counts.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
        var optimizer = GradientDescent(learningRate: 0.05)
        var z = [Double](repeating: 0, count: counts.count)
        for _ in 0..<500 {
            optimizer.step(&z) { logits in
                let output = Matrix(rows: logits.count, cols: labels.count) { i, _ in logits[i] }
                return CrossEntropy().gradient(output: output, target: labels).rowSums()
            }
        }
        return z
    }

    /// Figure 2.2's data with the last output replaced by an outlier.
    static let outlierData: (x: [Double], y: [Double]) = (
        BookData.line12.x, Array(BookData.line12.y.dropLast()) + [-0.5]
    )

    /// The line minimising the summed Huber loss (δ = `huberDelta`), by gradient descent from the
    /// least-squares line.
    static func huberLine(x: [Double], y: [Double]) -> LinearRegression {
        let loss = Huber(delta: huberDelta)
        var optimizer = GradientDescent(learningRate: 0.02)
        var phi = LinearRegression.fit(x: x, y: y).phi
        for _ in 0..<4000 {
            optimizer.step(&phi) { p in
                let r = loss.gradient(output: Matrix(row: x.map { p[0] + p[1] * $0 }), target: Matrix(row: y)).data
                return [r.reduce(0, +), zip(r, x).reduce(0) { $0 + $1.0 * $1.1 }]
            }
        }
        return LinearRegression(intercept: phi[0], slope: phi[1])
    }

    /// The Huber threshold of the demo and the figure.
    static let huberDelta = 0.1

    static func showHuber(_ n: Narrator) {
        n.say(
            "Least squares is the NLL of a normal, whose thin tails make a far-off point very improbable, so the "
                + "fit bends to reach it. The Huber loss is quadratic for residuals below δ and linear beyond (like the "
                + "Laplace row of figure 5.11), so an outlier pulls with a bounded force δ.")
        let clean = LinearRegression.fit(x: BookData.line12.x, y: BookData.line12.y)
        let squares = LinearRegression.fit(x: outlierData.x, y: outlierData.y)
        let huber = huberLine(x: outlierData.x, y: outlierData.y)
        n.say("Figure 2.2's twelve points, with the last output 1.60 replaced by −0.50; Huber with δ = \(huberDelta):")
        n.table(
            ["fit", "φ0", "φ1"],
            [
                ("least squares, clean data", clean), ("least squares, with outlier", squares),
                ("Huber, with outlier", huber),
            ].map {
                [$0.0, Narrator.format($0.1.intercept, digits: 3), Narrator.format($0.1.slope, digits: 3)]
            })
        n.say("The outlier drags the least-squares slope down; the Huber line stays close to the clean fit.")
    }
}
