import Companion
import Foundation
import Neural

extension Regularization {
    static let augmentationDemo = Demo(
        id: "augmentation", title: "Data augmentation on MNIST-1D (section 9.3.8, notebook 9.5)",
        options: [
            .flag(
                "run",
                help: "train both networks (about 15 s in release on 2 cores) instead of showing the committed runs"),
            .outputFile("save", help: "with --run: write the per-epoch errors to this file"),
        ],
        body: showAugmentation)

    static func showAugmentation(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["save"])
        n.say(
            "Notebook 9.5 trains a 40-200-200-10 network on MNIST-1D, then again on the 4000 training signals plus "
                + "4000 copies shifted circularly by a random offset and scaled by a random factor in [0.8, 1.2] — "
                + "changes that do not alter the digit.")
        let rows: [AugmentationFile.Row]
        if arguments.flag("run") {
            let progress = n.progress("trainings", total: 2)
            progress.update(0, "without augmentation")
            let (plain, augmented) = try Augmentation.run()
            progress.update(2, "done")
            let file = AugmentationFile.file(
                plain: plain, augmented: augmented,
                command: "swift run -c release ch09 demo augmentation --run --save \(arguments.text("save") ?? "FILE")")
            if let path = arguments.text("save") {
                try file.write(to: path)
                n.say("Wrote the per-epoch errors to \(path).")
            }
            rows = AugmentationFile.rows(file)!
        } else {
            let file = AugmentationFile.committedFile
            n.say("The committed runs (\(file.date); rerun: \(file.command)):")
            rows = AugmentationFile.committed
        }
        let percent = { (value: Double) in Narrator.format(100 * value, digits: 1) + " %" }
        n.table(
            ["epoch", "train error", "test error", "train error, augmented", "test error, augmented"],
            rows.filter { $0.epoch % 10 == 0 || $0.epoch == 1 }.map { r in
                [
                    "\(r.epoch)", percent(r.plainTrain), percent(r.plainTest), percent(r.augmentedTrain),
                    percent(r.augmentedTest),
                ]
            })
        let bestPlain = rows.map(\.plainTest).min()!
        let bestAugmented = rows.map(\.augmentedTest).min()!
        n.say(
            "The best test error falls from " + percent(bestPlain) + " (the notebook: about 33 %) to "
                + percent(bestAugmented) + " with augmentation: the network has seen the shifts and scalings the "
                + "test signals will show, and memorising the larger training set is harder.")
    }
}
