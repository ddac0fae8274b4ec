import FileOutput
import Foundation

/// A model's parameters and running statistics, saved as a small JSON file:
///
///     {"format": "udl-model", "version": 1, "architecture": "…",
///      "parameters": [ … ], "state": [ … ]}
///
/// `parameters` is φ in the model's own order (``Network/parameters``: Ω₀ row by row, β₀, Ω₁, …;
/// ``Sequential``: layer after layer, each in PyTorch's layout); `state` holds running
/// statistics. Every number is written in the shortest form that reads back to the same double,
/// so a model saved and loaded computes exactly what it computed before. `architecture` names the
/// model (``Model/architecture``); loading into a different one is refused.
public struct SavedModel: Codable, Equatable, Sendable {
    public var format = "udl-model"
    public var version = 1
    public var architecture: String
    public var parameters: [Double]
    public var state: [Double]

    /// The numbers of `model`.
    public init(_ model: some Model) {
        architecture = model.architecture
        parameters = model.parameters
        state = model.state
    }
}

/// Everything a long training needs to continue where it stopped: the model, the optimiser with
/// its moments, how many epochs are done, and the generator that shuffles the batches. Saved as
/// JSON with the same conventions as ``SavedModel`` (format "udl-checkpoint"). Continue with
/// ``Trainer/train(_:on:test:validation:random:optimizer:onEpoch:onStep:)`` after setting
/// ``Trainer/epochsDone``.
public struct TrainingCheckpoint<O: Optimizer & Codable>: Codable {
    public var format = "udl-checkpoint"
    public var version = 1
    public var model: SavedModel
    public var optimizer: O
    public var epochsDone: Int
    public var random: NumPyRandomState

    public init(model: some Model, optimizer: O, epochsDone: Int, random: NumPyRandomState) {
        self.model = SavedModel(model)
        self.optimizer = optimizer
        self.epochsDone = epochsDone
        self.random = random
    }
}

extension TrainingCheckpoint: Equatable where O: Equatable {}

/// Why a saved model or checkpoint could not be read.
public struct CheckpointError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Model {
    /// Takes the parameters and state of `saved`, which must come from a model of the same
    /// architecture.
    public mutating func load(_ saved: SavedModel) throws {
        guard saved.architecture == architecture,
            saved.parameters.count == parameterCount, saved.state.count == state.count
        else {
            throw CheckpointError(
                message: "the saved model is \(saved.architecture) with \(saved.parameters.count) parameters, "
                    + "not \(architecture) with \(parameterCount)")
        }
        parameters = saved.parameters
        state = saved.state
    }
}

/// The two fields every saved file starts with.
private struct FileHeader: Decodable {
    var format: String
    var version: Int
}

/// Reading and writing the JSON files of ``SavedModel`` and ``TrainingCheckpoint``.
public enum CheckpointFile {
    /// Writes `value` to `path` atomically: a reader never sees half a file.
    public static func save(_ value: some Encodable, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(value)), to: path)
    }

    /// Reads a file written by ``save(_:to:)``; checks the format name and version.
    public static func load<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CheckpointError(message: "cannot read \(path)")
        }
        guard let header = try? JSONDecoder().decode(FileHeader.self, from: data),
            ["udl-model", "udl-checkpoint"].contains(header.format)
        else {
            throw CheckpointError(message: "\(path) is not a saved model or checkpoint")
        }
        guard header.version == 1 else {
            throw CheckpointError(message: "\(path) has format version \(header.version); this program reads version 1")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw CheckpointError(message: "\(path) is a \(header.format) file but not of the expected kind")
        }
    }
}
