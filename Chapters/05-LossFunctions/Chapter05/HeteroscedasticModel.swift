import Foundation
import Neural

/// The regression data and the two shallow networks of figure 5.5: a homoscedastic one that
/// predicts the mean only (σ learned as one number, eq. 5.13) and a heteroscedastic one whose
/// second output g gives the variance σ² = g² (eqs. 5.14–5.15). Both are trained with Adam.
///
/// The trainings are built to reach the same minimum whatever BLAS kernel rounds the products
/// (a figure drawn from a training must look the same on every machine): the learning rate
/// halves as training goes on, and the heteroscedastic network starts from the fitted mean
/// with a constant σ (the homoscedastic answer) and then learns its output layer only. Trained
/// from scratch it could settle, depending on last-bit rounding, in a poor solution whose σ
/// stays flat and whose mean is left unfitted.
enum Heteroscedastic {
    /// Hidden units of both networks.
    static let hiddenUnits = 6

    /// How one of the two trainings runs: full-batch Adam whose learning rate halves after
    /// every `halvingSteps` steps, so the run ends still instead of jittering around a minimum.
    struct Schedule {
        let steps: Int
        let learningRate: Double
        let halvingSteps: Int
        /// Whether the hidden layer learns too, or only the output layer.
        let trainsHiddenLayer: Bool
    }

    /// The mean fit: every parameter, 0.03 halving every 400 steps (down to about 3e−5).
    static let meanSchedule = Schedule(steps: 4000, learningRate: 0.03, halvingSteps: 400, trainsHiddenLayer: true)
    /// The variance fit: the output layer only, 0.01 halving every 600 steps.
    static let varianceSchedule = Schedule(steps: 6000, learningRate: 0.01, halvingSteps: 600, trainsHiddenLayer: false)

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

    /// A 1-`hiddenUnits`-1 ReLU network (seed 11, He initialisation) whose joints −β/ω sit
    /// evenly across the inputs [0, 1], with small output weights.
    static func meanNetwork() -> Network {
        var rng = NumPyRandomState(seed: 11)
        var network = Network(sizes: [1, hiddenUnits, 1], initialization: .he) { rng.standardNormal() }
        let weights = network.layers[0].weights
        network.layers[0].biases = (0..<hiddenUnits).map { -weights[$0, 0] * (Double($0) + 0.5) / Double(hiddenUnits) }
        network.layers[1].weights = network.layers[1].weights * 0.1
        return network
    }

    /// Full-batch Adam on `loss` from `network`, following `schedule`; returns the trained network
    /// and its final loss.
    static func train<L: Loss>(_ network: Network, _ loss: L, _ schedule: Schedule) -> (Network, Double)
    where L.Target == Matrix {
        let trainer = Trainer(
            loss: loss, optimizer: Adam(learningRate: schedule.learningRate), batchSize: nil, epochs: schedule.steps,
            schedule: StepDecay(initialRate: schedule.learningRate, factor: 0.5, period: schedule.halvingSteps),
            evaluation: .atEnd, workers: 1,
            frozen: schedule.trainsHiddenLayer ? [] : [network.parameterRange(layer: 0)])
        var network = network
        var unused = NumPyRandomState(seed: 0)  // a full-batch run draws nothing
        do {
            let history = try trainer.train(
                &network, on: Dataset(x: Matrix(row: data.x), y: Matrix(row: data.y)), random: &unused)
            return (network, history.final!.trainLoss)
        } catch {
            preconditionFailure("figure 5.5's fixed training cannot diverge: \(error)")
        }
    }

    /// The homoscedastic model: least squares for the mean, then σ̂² = mean squared residual
    /// (the minimiser of eq. 5.13 over σ²).
    static let homoscedastic: Fit = {
        let (network, _) = train(meanNetwork(), LeastSquares(), meanSchedule)
        let residuals = zip(data.x, data.y).map { $1 - network([$0])[0] }
        let variance = residuals.reduce(0) { $0 + $1 * $1 } / Double(residuals.count)
        let nll = GaussianNLL(variance: variance).value(
            output: network(Matrix(row: data.x)), target: Matrix(row: data.y))
        return Fit(network: network, sigma: variance.squareRoot(), loss: nll)
    }()

    /// The heteroscedastic model, trained on the NLL of eq. 5.15 from the homoscedastic fit:
    /// the same hidden units and mean output, and a second output g = σ̂ that does not yet
    /// depend on x. Only the output layer learns: with the joints of the hidden units fixed no
    /// joint can cross a data point during training, and the fit is the same on every machine.
    static let heteroscedastic: Fit = {
        let mean = homoscedastic.network
        var start = mean
        start.layers[1] = Layer(
            weights: Matrix(rows: 2, cols: hiddenUnits) { i, j in i == 0 ? mean.layers[1].weights[0, j] : 0 },
            biases: [mean.layers[1].biases[0], homoscedastic.sigma!])
        let (network, loss) = train(start, HeteroscedasticGaussianNLL(mapping: .square), varianceSchedule)
        return Fit(network: network, sigma: nil, loss: loss)
    }()
}
