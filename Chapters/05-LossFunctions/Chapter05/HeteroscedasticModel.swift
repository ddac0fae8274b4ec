import Foundation
import Neural

/// The regression data and the two shallow networks of figure 5.5: a homoscedastic one that
/// predicts the mean only (σ learned as one number, eq 5.13) and a heteroscedastic one whose
/// second output g gives the variance σ² = g² (eqs 5.14–5.15). Both are trained with Adam.
enum Heteroscedastic {
    /// Hidden units of both networks.
    static let hiddenUnits = 6
    static let steps = 3000
    static let learningRate = 0.03

    /// The true mean and standard deviation the data are drawn from (our choice; the book
    /// gives no data for figure 5.5).
    static func trueMean(_ x: Double) -> Double { 0.5 * sin(2 * .pi * x) + x }
    static func trueSD(_ x: Double) -> Double { 0.05 + 0.3 * x }

    /// 60 points: all inputs uniform on [0, 1] first, then one standard normal per output
    /// (seed 5).
    static let data: (x: [Double], y: [Double]) = {
        var rng = NumPyRandomState(seed: 5)
        let x = rng.uniform(low: 0, high: 1, count: 60)
        let noise = rng.randn(60)
        return (x, zip(x, noise).map { trueMean($0) + trueSD($0) * $1 })
    }()

    struct Fit: Sendable {
        let network: Network
        /// The one learned standard deviation of the homoscedastic model (nil otherwise).
        let sigma: Double?
        let loss: Double

        func mean(_ x: Double) -> Double { network([x])[0] }
        func sd(_ x: Double) -> Double { sigma ?? abs(network([x])[1]) }
    }

    /// Trains a 1-`hiddenUnits`-`outputs` ReLU network with Adam on the full batch.
    static func train<L: Loss>(_ loss: L, outputs: Int, seed: UInt32) -> (Network, Double) where L.Target == Matrix {
        var rng = NumPyRandomState(seed: seed)
        var network = Network(sizes: [1, hiddenUnits, outputs], initialization: .he) { rng.standardNormal() }
        // Place the joints −β/ω of the hidden units evenly across the inputs [0, 1].
        let weights = network.layers[0].weights
        network.layers[0].biases = (0..<hiddenUnits).map { -weights[$0, 0] * (Double($0) + 0.5) / Double(hiddenUnits) }
        network.layers[1].weights = network.layers[1].weights * 0.1
        if outputs == 2 { network.layers[1].biases[1] = 0.3 }
        let input = Matrix(row: data.x), target = Matrix(row: data.y)
        var adam = Adam(learningRate: learningRate)
        for _ in 0..<steps {
            adam.step(&network) { $0.lossAndGradients(loss, input: input, target: target).gradients }
        }
        return (network, loss.value(output: network(input), target: target))
    }

    /// The homoscedastic model: least squares for the mean, then σ̂² = mean squared residual
    /// (the minimiser of eq 5.13 over σ²).
    static let homoscedastic: Fit = {
        let (network, _) = train(LeastSquares(), outputs: 1, seed: 11)
        let residuals = zip(data.x, data.y).map { $1 - network([$0])[0] }
        let variance = residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)
        let nll = GaussianNLL(variance: variance).value(output: network(Matrix(row: data.x)), target: Matrix(row: data.y))
        return Fit(network: network, sigma: variance.squareRoot(), loss: nll)
    }()

    /// The heteroscedastic model, trained on the NLL of eq 5.15.
    static let heteroscedastic: Fit = {
        let (network, loss) = train(HeteroscedasticGaussianNLL(mapping: .square), outputs: 2, seed: 11)
        return Fit(network: network, sigma: nil, loss: loss)
    }()
}
