import Companion
import FileOutput
import Foundation
import Neural

extension ConvolutionalNetworks {
    static let mnist1dDemo = Demo(
        id: "mnist1d-cnn",
        title: "A 1-D convolutional network on MNIST-1D beside chapter 8's fully connected one (notebook 10.2)",
        options: [
            .flag(
                "run",
                help: "train both networks (about 3 s in release on 2 cores) instead of showing the committed runs"
            ),
            .outputFolder(
                "save", help: "with --run: write mnist1d-cnn.csv and mnist1d-cnn-kernels.csv into this folder"),
        ],
        body: showMNIST1D)

    static func showMNIST1D(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["save"])
        n.say(
            "Notebook 10.2 classifies MNIST-1D's 40-sample signals with three convolutional layers, each with 15 "
                + "channels, kernel size 3 and stride 2 and no padding, so the signal shrinks from 40 to 19, 9 and 4 "
                + "positions; the 4 × 15 values then feed a linear layer to the ten classes. Chapter 8's network "
                + "(notebook 8.1) connects every input to 100 units, twice, then to the ten classes. Both train with "
                + "SGD and momentum on the same 4000 examples and are tested on the same 1000.")
        let mlp: [MNIST1DComparison.Row]
        let cnn: [MNIST1DComparison.Row]
        if arguments.flag("run") {
            if let directory = arguments.text("save") { try AtomicFile.prepareFolder(directory) }
            let progress = n.progress("epochs", total: MNIST1DRecipe.mlp.epochs + MNIST1DRecipe.cnn.epochs)
            let run = try MNIST1DComparison.run { recipe, record in
                progress.update(
                    record.epoch + (recipe == .cnn ? MNIST1DRecipe.mlp.epochs : 0),
                    "\(recipe.rawValue.uppercased()) test error "
                        + Narrator.format(100 * (record.testError ?? 0), digits: 1) + " %")
            }
            (mlp, cnn) = (run.mlp, run.cnn)
            if let directory = arguments.text("save") {
                try MNIST1DComparisonFile.save(mlp: mlp, cnn: cnn, kernels: run.kernels, directory: directory)
                n.say("Wrote both runs and the CNN's first-layer kernels into \(directory).")
            }
        } else {
            let file = MNIST1DComparisonFile.committedCurvesFile
            n.say("The committed runs (\(file.date); rerun: \(file.command)):")
            (mlp, cnn) = MNIST1DComparisonFile.committedCurves
        }
        let percent = { (value: Double) in Narrator.format(100 * value, digits: 1) + " %" }
        let marks = [1, 5, 10, 20, 30, 50, 75, 100]
        n.table(
            ["epoch", "MLP train", "MLP test", "CNN train", "CNN test"],
            marks.map { epoch in
                let m = mlp.first { $0.epoch == epoch }
                let c = cnn.first { $0.epoch == epoch }
                return [
                    "\(epoch)", m.map { percent($0.trainError) } ?? "", m.map { percent($0.testError) } ?? "",
                    c.map { percent($0.trainError) } ?? "", c.map { percent($0.testError) } ?? "",
                ]
            })
        let (mlpLast, cnnLast) = (mlp.last!, cnn.last!)
        n.say(
            "The fully connected network has \(MNIST1DRecipe.mlp.parameterCount.formatted()) parameters and ends at "
                + percent(mlpLast.testError) + " test error; the convolutional one has "
                + "\(MNIST1DRecipe.cnn.parameterCount.formatted()) and ends at " + percent(cnnLast.testError)
                + " (PyTorch's runs of the same recipes, three seeds each: \(pyTorchBand)). With seven times fewer "
                + "parameters it makes "
                + Narrator.format(mlpLast.testError / cnnLast.testError, digits: 1)
                + " times fewer mistakes: each kernel is applied at every position, so a shape learned in one place is "
                + "recognised wherever the signal's shift puts it, and what a fully connected layer would need many "
                + "examples to learn at every position comes for free.")
    }

    /// The final test errors of `python3 Benchmarks/pytorch_cnn_mnist1d.py --runs 3` (seeds 0, 1, 2)
    /// and `python3 Benchmarks/pytorch_mnist1d.py --runs 3` on `udl dataset mnist1d`'s files.
    static let pyTorchBand =
        "8.9 %, 11.2 % and 10.0 % for the convolutional network, 38.6 %, 37.8 % and 37.6 % for the fully connected one"
}
