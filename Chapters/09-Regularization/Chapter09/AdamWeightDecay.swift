import Neural

/// Weight decay is not L2 under Adam (the notes of chapter 9; Loshchilov and Hutter): the 14-unit
/// simplified model fitted to notebook 8.2's fifteen points by full-batch descent on the mean
/// squared error, once with the penalty λ·Σφ² added to the gradient and once with decoupled decay
/// φ ← φ − α·2λ·φ (`WeightDecay`). With plain gradient descent the two are the same update; under
/// Adam the penalty's gradient is rescaled by Adam's normalisation, so parameters with large
/// gradients are barely held back, while decoupled decay shrinks every parameter alike.
enum AdamWeightDecay {
    static let lambda = 0.01
    static let steps = 3000

    static let rows: [[Double]] = RidgeFits.data.x.map { x in
        SimplifiedModel.features(x, hiddenUnits: RidgeFits.hiddenUnits)
    }

    /// ∇ of the mean squared error.
    static func gradient(_ phi: [Double]) -> [Double] {
        let y = RidgeFits.data.y
        let residuals = rows.indices.map { i in zip(rows[i], phi).reduce(0) { $0 + $1.0 * $1.1 } - y[i] }
        return phi.indices.map { j in
            rows.indices.reduce(0) { $0 + 2 * rows[$1][j] * residuals[$1] } / Double(rows.count)
        }
    }

    /// `steps` steps of `optimizer` from zero; with `penalty`, the gradient of λ·Σφ² is added.
    static func fit<O: Optimizer>(_ optimizer: O, penalty: Bool) -> [Double] {
        var optimizer = optimizer
        var phi = [Double](repeating: 0, count: rows[0].count)
        for _ in 0..<steps {
            optimizer.step(&phi) { p in
                zip(gradient(p), p).map { $0 + (penalty ? 2 * lambda * $1 : 0) }
            }
        }
        return phi
    }

    /// The four fits: gradient descent and Adam, each with the penalty and with decoupled decay of
    /// the same strength (decay 2λ, so that one plain step of each is the same update).
    static let fits: (descentL2: [Double], descentDecay: [Double], adamL2: [Double], adamW: [Double]) = {
        let descent = GradientDescent(learningRate: 0.05)
        let adam = Adam.pytorch(learningRate: 0.01)
        return (
            fit(descent, penalty: true), fit(WeightDecay(descent, decay: 2 * lambda), penalty: false),
            fit(adam, penalty: true), fit(WeightDecay(adam, decay: 2 * lambda), penalty: false)
        )
    }()
}
