import Companion
import Foundation
import Neural

/// The committed runs of ``MNIST1DComparison`` as two ``ResultsFile``s in `Results/`:
/// `mnist1d-cnn.csv`, one row `model,epoch,train_error,test_error,train_loss,test_loss` per epoch
/// of each network (errors as fractions), and `mnist1d-cnn-kernels.csv`, one row
/// `channel,w1,w2,w3,bias` per first-layer kernel of the trained CNN. Written by
/// `swift run -c release ch10 demo mnist1d-cnn --run --save DIR`.
enum MNIST1DComparisonFile {
    static let curvesName = "mnist1d-cnn"
    static let kernelsName = "mnist1d-cnn-kernels"
    static let curveColumns = ["model", "epoch", "train_error", "test_error", "train_loss", "test_loss"]
    static let kernelColumns = ["channel", "w1", "w2", "w3", "bias"]
    static let setup =
        "notebooks 8.1 and 10.2: MNIST-1D 4000/1000, seed \(MNIST1DComparison.seed); MLP 40-100-100-10 (He), "
        + "SGD 0.05 momentum 0.9 halved every 10 epochs, 50 epochs; CNN Conv1d 1-15-15-15 (k 3, stride 2) + "
        + "Linear 60-10, SGD 0.05 momentum 0.9 halved every 20 epochs, 100 epochs; batch 100"

    static func command(_ directory: String) -> String {
        "swift run -c release ch10 demo mnist1d-cnn --run --save \(directory)"
    }

    static func curves(mlp: [MNIST1DComparison.Row], cnn: [MNIST1DComparison.Row], directory: String) -> ResultsFile {
        let rows = [("mlp", mlp), ("cnn", cnn)].flatMap { model, rows in
            rows.map { r in
                [model, "\(r.epoch)", "\(r.trainError)", "\(r.testError)", "\(r.trainLoss)", "\(r.testLoss)"]
            }
        }
        return ResultsFile(setup: setup, command: command(directory), columns: curveColumns, rows: rows)
    }

    static func kernels(_ kernels: [MNIST1DComparison.Kernel], directory: String) -> ResultsFile {
        ResultsFile(
            setup: setup + "; the trained CNN's first-layer kernels", command: command(directory),
            columns: kernelColumns,
            rows: kernels.enumerated().map { c, k in ["\(c)"] + k.weights.map { "\($0)" } + ["\(k.bias)"] })
    }

    /// Writes both files into `directory` (each atomically).
    static func save(
        mlp: [MNIST1DComparison.Row], cnn: [MNIST1DComparison.Row], kernels: [MNIST1DComparison.Kernel],
        directory: String
    ) throws {
        try curves(mlp: mlp, cnn: cnn, directory: directory).write(to: directory + "/\(curvesName).csv")
        try self.kernels(kernels, directory: directory).write(to: directory + "/\(kernelsName).csv")
    }

    /// The MLP's and the CNN's rows of `file`, or `nil` when it has other columns or a row does not parse.
    static func curveRows(_ file: ResultsFile) -> (mlp: [MNIST1DComparison.Row], cnn: [MNIST1DComparison.Row])? {
        guard file.columns == curveColumns else { return nil }
        var result: [String: [MNIST1DComparison.Row]] = ["mlp": [], "cnn": []]
        for fields in file.rows {
            let values = fields.dropFirst(2).compactMap(Double.init)
            guard result[fields[0]] != nil, let epoch = Int(fields[1]), values.count == 4 else { return nil }
            result[fields[0]]!.append(
                MNIST1DComparison.Row(
                    epoch: epoch, trainError: values[0], testError: values[1], trainLoss: values[2],
                    testLoss: values[3]))
        }
        return (result["mlp"]!, result["cnn"]!)
    }

    static func kernelRows(_ file: ResultsFile) -> [MNIST1DComparison.Kernel]? {
        guard file.columns == kernelColumns else { return nil }
        var kernels: [MNIST1DComparison.Kernel] = []
        for fields in file.rows {
            let values = fields.dropFirst().compactMap(Double.init)
            guard values.count == 4 else { return nil }
            kernels.append(MNIST1DComparison.Kernel(weights: Array(values[0..<3]), bias: values[3]))
        }
        return kernels
    }

    static let committedCurvesFile = ResultsFile.committed(curvesName, in: .module)

    static let committedCurves: (mlp: [MNIST1DComparison.Row], cnn: [MNIST1DComparison.Row]) = {
        guard let rows = curveRows(committedCurvesFile) else {
            preconditionFailure("Results/\(curvesName).csv has other columns")
        }
        return rows
    }()

    static let committedKernels: [MNIST1DComparison.Kernel] = {
        guard let kernels = kernelRows(ResultsFile.committed(kernelsName, in: .module)) else {
            preconditionFailure("Results/\(kernelsName).csv has other columns")
        }
        return kernels
    }()
}
