import Neural

/// Early stopping (section 9.3.1, figure 9.6): the simplified model with 14 regions (14 hidden
/// units, joints at k/14), started from random output weights and trained by SGD with batches of
/// five and learning rate 0.05 on the mean squared error of notebook 8.2's fifteen points. It picks
/// up the coarse shape of the true function first and the noise of the points later.
struct EarlyStoppingRun {
    static let hiddenUnits = 14
    static let batchSize = 5
    static let learningRate = 0.05

    /// One measurement: the step, the mean squared error on the training and validation points,
    /// the mean squared distance to the true function, and the parameters [β, ω1 … ω14].
    struct Record: Equatable, Sendable {
        var step: Int
        var training: Double
        var validation: Double
        var truth: Double
        var phi: [Double]
    }

    let records: [Record]

    /// The book's run as figure 9.6 shows it: three million steps, measured every 1000 steps up
    /// to 100,000 and every 10,000 after.
    static let figureSteps = 3_000_000
    static func figureRecordSteps(upTo steps: Int) -> Set<Int> {
        Set(stride(from: 0, through: min(steps, 100_000), by: 1000))
            .union(stride(from: 100_000, through: steps, by: 10_000))
    }

    /// The panels of figure 9.6: the start, two early steps, two near the best, and the end.
    static let figurePanels = [0, 1000, 10_000, 40_000, 500_000, 3_000_000]

    /// Fifteen more points from the same generator (seed 2), held out for validation.
    static let validation: (x: [Double], y: [Double]) = {
        var random = NumPyRandomState(seed: 2)
        return ToyRegression.sample(count: 15, sigma: 0.3, random: &random)
    }()

    static func model(_ phi: [Double]) -> SimplifiedModel {
        SimplifiedModel(beta: phi[0], omega: Array(phi.dropFirst()))
    }

    /// The mean squared error of φ on (x, y).
    static func loss(_ phi: [Double], x: [Double], y: [Double]) -> Double {
        let m = model(phi)
        return zip(x, y).reduce(0) { $0 + (m($1.0) - $1.1) * (m($1.0) - $1.1) } / Double(x.count)
    }

    /// SGD for `steps` steps from weights drawn with `seed`, measured at `recordSteps`.
    init(steps: Int, recordSteps: Set<Int>, seed: UInt32 = 0) {
        let data = RidgeFits.data
        let features = data.x.map { SimplifiedModel.features($0, hiddenUnits: Self.hiddenUnits) }
        var random = NumPyRandomState(seed: seed)
        var phi = (0...Self.hiddenUnits).map { _ in random.standardNormal() }
        var records: [Record] = []
        var batches: [[Int]] = []
        func record(_ step: Int) {
            guard recordSteps.contains(step) else { return }
            records.append(
                Record(
                    step: step, training: Self.loss(phi, x: data.x, y: data.y),
                    validation: Self.loss(phi, x: Self.validation.x, y: Self.validation.y),
                    truth: RidgeFits.errorAgainstTruth { Self.model(phi)($0) }, phi: phi))
        }
        record(0)
        for step in 1...steps {
            if batches.isEmpty {
                let order = random.permutation(data.x.count)
                batches = stride(from: 0, to: order.count, by: Self.batchSize).map {
                    Array(order[$0..<min($0 + Self.batchSize, order.count)])
                }
            }
            let batch = batches.removeFirst()
            var gradient = [Double](repeating: 0, count: phi.count)
            for i in batch {
                let residual = zip(features[i], phi).reduce(0) { $0 + $1.0 * $1.1 } - data.y[i]
                for j in phi.indices { gradient[j] += 2 * residual * features[i][j] / Double(batch.count) }
            }
            for j in phi.indices { phi[j] -= Self.learningRate * gradient[j] }
            record(step)
        }
        self.records = records
    }

    init(records: [Record]) { self.records = records }

    /// Goodfellow's Algorithm 7.1 on the measurements: stop once the validation loss has not improved
    /// for `patience` of them; the answer is the measurement with the best one.
    func stopping(patience: Int) -> Record {
        var best = records[0]
        var waited = 0
        for point in records.dropFirst() {
            if point.validation < best.validation {
                best = point
                waited = 0
            } else {
                waited += 1
                if waited >= patience { break }
            }
        }
        return best
    }
}
