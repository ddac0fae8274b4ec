import Neural

/// Dropout at inference (section 9.3.3): the weight-scaling rule — one pass with every unit kept,
/// the weights scaled — against Monte Carlo dropout, the average of many passes with fresh masks,
/// which also gives a spread. A 1-64-64-1 ReLU network with dropout ½ after each hidden layer
/// (PyTorch's inverted form), trained by full-batch Adam (0.01, 3000 steps) on notebook 8.2's fifteen
/// points, weights and masks from seed 0.
struct MonteCarloDropout {
    let model: Sequential

    static let trained: MonteCarloDropout = {
        var random = NumPyRandomState(seed: 0)
        var model = Sequential(
            input: .vector(1),
            [
                Linear(64), ActivationLayer(.relu), Dropout(0.5), Linear(64), ActivationLayer(.relu), Dropout(0.5),
                Linear(1),
            ], random: &random)
        let data = RidgeFits.data
        let trainer = Trainer(
            loss: LeastSquares(reduction: .mean), optimizer: Adam.pytorch(learningRate: 0.01), batchSize: nil,
            epochs: 3000, evaluation: .never, workers: 1)
        _ = try? trainer.train(
            &model, on: Dataset(x: Matrix(rows: 1, cols: 15, data: data.x), y: Matrix(rows: 1, cols: 15, data: data.y)),
            random: &random)
        return MonteCarloDropout(model: model)
    }()

    /// The weight-scaling prediction at each input.
    func scaled(_ x: [Double]) -> [Double] {
        var random = NumPyRandomState(seed: 0)
        return model.output(Matrix(rows: 1, cols: x.count, data: x), mode: .inference, random: &random).data
    }

    /// The mean and standard deviation of `passes` Monte Carlo passes at each input.
    func monteCarlo(_ x: [Double], passes: Int, seed: UInt32) -> (mean: [Double], deviation: [Double]) {
        var random = NumPyRandomState(seed: seed)
        var sum = [Double](repeating: 0, count: x.count)
        var squares = sum
        let input = Matrix(rows: 1, cols: x.count, data: x)
        for _ in 0..<passes {
            let y = model.output(input, mode: .monteCarlo, random: &random).data
            for i in y.indices {
                sum[i] += y[i]
                squares[i] += y[i] * y[i]
            }
        }
        let n = Double(passes)
        let mean = sum.map { $0 / n }
        return (mean, zip(squares, mean).map { max($0 / n - $1 * $1, 0).squareRoot() })
    }
}
