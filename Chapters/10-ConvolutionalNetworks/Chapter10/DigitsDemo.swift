import Companion
import Foundation
import Neural

extension ConvolutionalNetworks {
    static let digitsDemo = Demo(
        id: "digits", title: "A 2-D convolutional network for 28 × 28 digits (notebook 10.5)",
        options: [
            .flag(
                "run",
                help:
                    "generate the digits and train (about 25 s in release on 2 cores) instead of showing the committed run"
            ),
            .text("mnist", help: "with --run: train on real MNIST from this folder (its four IDX files, plain or .gz)"),
            .integers("epochs", in: 1...50, help: "with --run: epochs (default 3, as the notebook)"),
            .outputFile("save", help: "with --run: write the per-epoch losses and errors to this file"),
        ],
        body: showDigits)

    static func showDigits(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["mnist", "epochs", "save"])
        n.say(
            "Notebook 10.5 classifies 28 × 28 grayscale digits with two 5 × 5 convolutions (10 and 20 channels), each "
                + "followed by 2 × 2 max pooling and a ReLU, channel dropout before the second pooling, and two linear "
                + "layers 320 → 50 → 10. It trains on MNIST, which needs a download; here it trains on digits the "
                + "project generates: the ten digits typeset in the six DejaVu faces (Sans, Sans Mono and Serif, "
                + "regular and bold), rotated, scaled, sheared, thickened, moved, bent by an elastic distortion and "
                + "speckled with noise. They are generated, not handwritten.")
        var random = NumPyRandomState(seed: 0)
        let network = DigitClassifier.network(random: &random)
        n.say(
            "The network has \(network.parameterCount.formatted()) parameters; a fully connected layer from the 784 pixels to "
                + "just 50 units would need \((785 * 50).formatted()).")
        let records: [DigitClassifier.Record]
        let source: String
        if arguments.flag("run") {
            let mnist = arguments.text("mnist")
            if mnist == nil {
                n.say(
                    "Generating \(DigitData.trainingCount.formatted()) training and "
                        + "\(DigitData.testCount.formatted()) test digits…")
            }
            let (trainingImages, testImages) = try DigitData.load(mnist: mnist)
            source =
                mnist.map { "MNIST from \($0), \(trainingImages.count) training / \(testImages.count) test images" }
                ?? "generated digits, \(trainingImages.count) training (seed \(DigitData.trainingSeed)) / "
                + "\(testImages.count) test (seed \(DigitData.testSeed))"
            let (training, test) = DigitData.datasets(trainingImages, testImages)
            let epochs = arguments.integers("epochs")?.first ?? DigitClassifier.epochs
            let batches = (training.count + DigitClassifier.batchSize - 1) / DigitClassifier.batchSize
            let steps = n.progress("steps", total: epochs * batches)
            records = try DigitClassifier.train(training: training, test: test, epochs: epochs) { step, loss in
                steps.update(step, "batch loss " + Narrator.format(loss, digits: 3))
            }.records
            if let path = arguments.text("save") {
                let command =
                    "swift run -c release ch10 demo digits --run"
                    + (mnist.map { " --mnist \($0)" } ?? "")
                    + (epochs == DigitClassifier.epochs ? "" : " --epochs \(epochs)")
                    + " --save \(path)"
                try DigitsFile.file(records, data: source, command: command).write(to: path)
                n.say("Wrote the per-epoch record to \(path).")
            }
        } else {
            let file = DigitsFile.committedFile
            n.say("The committed run (\(file.date); rerun: \(file.command)):")
            source = file.setup
            records = DigitsFile.committed
        }
        n.table(
            ["epoch", "train loss", "test loss", "test error", "test accuracy"],
            records.map { r in
                [
                    "\(r.epoch)", r.trainLoss.map { Narrator.format($0, digits: 3) } ?? "—",
                    Narrator.format(r.testLoss, digits: 3),
                    Narrator.format(100 * r.testError, digits: 2) + " %",
                    Narrator.format(100 * (1 - r.testError), digits: 2) + " %",
                ]
            })
        let last = records.last!
        n.say(
            "Data: \(source). After \(last.epoch) epoch(s) the test accuracy is "
                + Narrator.format(100 * (1 - last.testError), digits: 2) + " %, from "
                + Narrator.format(100 * (1 - records[0].testError), digits: 1)
                + " % for the untrained network (chance is 10 %). PyTorch's runs of the same recipe on the generated "
                + "digits, three seeds, reach 91.85 %, 92.53 % and 93.15 % (Benchmarks/pytorch_digits.py).")
    }
}
