import Neural
import Testing

/// The code of the Neural documentation's getting-started article, run as written.
@Test func theGettingStartedArticleTrains() throws {
    let data = MNIST1D()
    var random = NumPyRandomState(seed: 0)
    var network = Network(sizes: [40, 100, 100, 10], initialization: .he) { random.standardNormal() }
    let trainer = Trainer(
        loss: CrossEntropy(reduction: .mean),
        optimizer: PyTorchMomentum(learningRate: 0.05, momentum: 0.9),
        batchSize: 100, epochs: 10)
    let history = try trainer.train(&network, on: data.trainingSet, test: data.testSet, random: &random)
    // Ten classes: chance is 90 % error. Ten epochs get well below it on both sets (section 8.1).
    #expect(history.epochs.count == 10 && history.steps == 400)
    #expect(history.final!.trainError! < history.epochs[0].trainError!)
    #expect(history.final!.testError! < 0.6)
}
