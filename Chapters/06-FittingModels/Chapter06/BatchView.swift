import Neural

/// One SGD update seen from a single batch (figure 6.6).
struct BatchUpdate: Sendable {
    let batch: [Int]
    let from: [Double]
    let to: [Double]
    /// The change of the loss on all thirty points that this update causes.
    var fullLossChange: Double { FittingModels.gaborLoss(to) - FittingModels.gaborLoss(from) }
}

extension FittingModels {
    /// Figure 6.6's setting (ours; the book gives only the batch size 3): the current parameters,
    /// the learning rate, and 100 batches drawn as the first three entries of permutations (seed 6).
    static let batchViewSetting = (phi: [-1.5, 10.0], rate: 1.0, batchSize: 3, draws: 100, seed: UInt32(6))

    /// The updates one SGD step could make from the current parameters, one per drawn batch.
    static func possibleUpdates() -> [BatchUpdate] {
        let s = batchViewSetting
        var random = NumPyRandomState(seed: s.seed)
        return (0..<s.draws).map { _ in
            let batch = Array(random.permutation(gabor.x.count).prefix(s.batchSize))
            var phi = s.phi
            var sgd = GradientDescent(learningRate: s.rate)
            sgd.step(&phi) { gaborGradient($0, batch: batch) }
            return BatchUpdate(batch: batch, from: s.phi, to: phi)
        }
    }

    /// Panels b–d: the first batch drawn, the next one that also lowers the full loss, and the first
    /// that raises it (downhill on its own loss, uphill on the full one).
    static func featuredUpdates() -> [BatchUpdate] {
        let all = possibleUpdates()
        let first = all[0]
        let second = all.dropFirst().first { $0.fullLossChange < 0 }!
        let uphill = all.first { $0.fullLossChange > 0 }!
        return [first, second, uphill]
    }
}
