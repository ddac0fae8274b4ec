import Foundation
import Testing

@testable import Neural

@Suite("Saving and resuming", .serialized)
struct CheckpointTests {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "udl-checkpoint-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func model(seed: UInt32) -> Sequential {
        var random = NumPyRandomState(seed: seed)
        return Sequential(
            input: .signal(length: 8),
            [Conv1d(1, 3, kernel: 3), BatchNormalization(), ActivationLayer(), Flatten(), Linear(2)], random: &random)
    }

    @Test("A saved model reads back to the same doubles and the same outputs")
    func roundTrip() throws {
        let path = try folder() + "/model.json"
        var trained = model(seed: 1)
        trained.state = trained.state.map { $0 + 0.1 / 3 }
        try CheckpointFile.save(SavedModel(trained), to: path)
        var loaded = model(seed: 2)
        #expect(loaded.parameters != trained.parameters)
        try loaded.load(try CheckpointFile.load(SavedModel.self, from: path))
        #expect(loaded.parameters == trained.parameters && loaded.state == trained.state)
        var rng = NumPyRandomState(seed: 3)
        let x = rng.matrix(8, 5)
        #expect(loaded(x) == trained(x))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("{\"architecture\":\"Sequential 1 × 8: Conv1d(1→3"))
        #expect(text.contains("\"format\":\"udl-model\"") && text.contains("\"version\":1"))
    }

    @Test("Loading into another architecture, a foreign file or a newer version is refused with a reason")
    func refusals() throws {
        let dir = try folder()
        try CheckpointFile.save(SavedModel(model(seed: 1)), to: dir + "/model.json")
        var network = Network(sizes: [8, 2])
        #expect(throws: CheckpointError.self) {
            try network.load(try CheckpointFile.load(SavedModel.self, from: dir + "/model.json"))
        }
        try "{\"format\":\"udl-model\",\"version\":2}".write(
            toFile: dir + "/new.json", atomically: true, encoding: .utf8)
        try "x,y\n1,2\n".write(toFile: dir + "/data.csv", atomically: true, encoding: .utf8)
        for (file, reason) in [
            ("new.json", "format version 2"), ("data.csv", "is not a saved model"), ("none.json", "cannot read"),
        ] {
            #expect {
                _ = try CheckpointFile.load(SavedModel.self, from: dir + "/" + file)
            } throws: { ($0 as? CheckpointError)?.message.contains(reason) == true }
        }
    }

    @Test("Four epochs in one go equal two, a checkpoint written and read, and two more")
    func resume() throws {
        let data = MNIST1D(config: MNIST1DConfig(numSamples: 300))
        let training = data.trainingSet
        var trainer = Trainer(
            loss: CrossEntropy(reduction: .mean), optimizer: Adam.pytorch(learningRate: 0.01), batchSize: 32,
            epochs: 4, schedule: StepDecay(initialRate: 0.01, factor: 0.5, period: 1), workers: 2)
        var random = NumPyRandomState(seed: 5)
        var straight = Network(sizes: [40, 20, 10], initialization: .he, normal: { random.standardNormal() })
        var resumed = straight
        var randomResumed = random
        let whole = try trainer.train(&straight, on: training, random: &random)

        trainer.epochs = 2
        var optimizer = trainer.optimizer
        let first = try trainer.train(&resumed, on: training, random: &randomResumed, optimizer: &optimizer)
        let path = try folder() + "/checkpoint.json"
        try CheckpointFile.save(
            TrainingCheckpoint(model: resumed, optimizer: optimizer, epochsDone: 2, random: randomResumed), to: path)
        var checkpoint = try CheckpointFile.load(TrainingCheckpoint<Adam>.self, from: path)
        #expect(checkpoint.optimizer == optimizer)
        var continued = Network(sizes: [40, 20, 10])
        try continued.load(checkpoint.model)
        trainer.epochs = 4
        trainer.epochsDone = checkpoint.epochsDone
        let second = try trainer.train(
            &continued, on: training, random: &checkpoint.random, optimizer: &checkpoint.optimizer)
        #expect(continued.parameters == straight.parameters)
        #expect(first.epochs + second.epochs == whole.epochs)
        #expect(second.epochs.map { $0.learningRate } == [0.0025, 0.00125])
    }
}
