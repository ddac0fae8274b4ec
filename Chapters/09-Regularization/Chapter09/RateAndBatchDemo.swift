import Companion
import Foundation
import Neural

extension Regularization {
    static let rateAndBatchDemo = Demo(
        id: "rate-and-batch", title: "Learning rate and batch size as regularizers (figure 9.5)",
        options: [
            .flag(
                "run",
                help: "train the sweep (about 40 s in release on 2 cores) instead of showing the committed one"),
            .integers(
                "threads", in: 1...256, help: "with --run: settings trained at once, one thread each (default 2)"),
            .outputFile("save", help: "with --run: write the results to this file (figure 9.5's results)"),
        ],
        body: showRateAndBatch)

    static func showRateAndBatch(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["threads", "save"])
        n.say(
            "Plain SGD trains a network with two hidden layers of 100 units on MNIST-1D (4000 training and 4000 test "
                + "examples). Panel (a) varies the learning rate with 6000/rate steps each, so every run can travel "
                + "the same distance; panel (b) varies the batch size at rate 0.1 for 200 epochs each.")
        let results: [RateAndBatch.Result]
        if arguments.flag("run") {
            let settings = RateAndBatch.settings()
            let progress = SharedProgress(n.progress("settings", total: settings.count))
            let clock = ContinuousClock()
            let start = clock.now
            results = RateAndBatch.sweep(
                settings, threads: arguments.integers("threads")?.first ?? 2, data: RateAndBatch.data()
            ) { result in progress.step("\(result.setting.panel.rawValue) \(result.setting.value)") }
            let elapsed = clock.now - start
            n.say("The sweep took \(elapsed.components.seconds) s.")
            if let path = arguments.text("save") {
                let command = "swift run -c release ch09 demo rate-and-batch --run --save \(path)"
                try RateAndBatchFile.file(results, command: command).write(to: path)
                n.say("Wrote the results to \(path).")
            }
        } else {
            let file = RateAndBatchFile.committedFile
            n.say("The committed sweep (\(file.date); rerun: \(file.command)):")
            results = RateAndBatchFile.committed
        }
        let percent = { (value: Double) in Narrator.format(100 * value, digits: 1) + " %" }
        n.table(
            ["setting", "steps", "train error", "test error"],
            results.map { r in
                [
                    r.setting.panel == .rate
                        ? "rate " + Narrator.format(r.setting.value, digits: 2) : "batch \(r.setting.batchSize)",
                    "\(r.setting.steps)", percent(r.trainError), percent(r.testError),
                ]
            })
        let rates = results.filter { $0.setting.panel == .rate }
        let batches = results.filter { $0.setting.panel == .batch }
        if let slow = rates.first, let fast = rates.last, let small = batches.first, let full = batches.last {
            n.say(
                "The largest rate ends at " + percent(fast.testError) + " test error against " + percent(slow.testError)
                    + " for the smallest; the smallest batches at " + percent(small.testError) + " against "
                    + percent(full.testError) + " for the full batch. Noisy, large steps favour solutions that "
                    + "generalise, as the book's figure shows.")
        }
    }
}
