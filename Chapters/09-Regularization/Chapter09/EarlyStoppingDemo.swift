import Companion
import Foundation
import Neural

extension Regularization {
    static let earlyStoppingDemo = Demo(
        id: "early-stopping", title: "Early stopping (section 9.3.1, figure 9.6; Goodfellow Algorithm 7.1)",
        options: [
            .flag(
                "run", help: "train the 3 million steps (a few seconds in release) instead of showing the committed run"
            ),
            .outputFile("save", help: "with --run: write the run to this file (figure 9.6's results)"),
        ],
        body: showEarlyStopping)

    static func showEarlyStopping(_ n: Narrator, _ arguments: DemoArguments) throws {
        try arguments.requireRun(for: ["save"])
        n.say(
            "The simplified model with 14 regions starts from random output weights and is trained by SGD with "
                + "batches of five and learning rate 0.05 on fifteen noisy points. Fifteen more points from the same "
                + "source are held out to decide when to stop.")
        let run: EarlyStoppingRun
        if arguments.flag("run") {
            let steps = EarlyStoppingRun.figureSteps
            run = EarlyStoppingRun(steps: steps, recordSteps: EarlyStoppingRun.figureRecordSteps(upTo: steps))
            if let path = arguments.text("save") {
                let command = "swift run -c release ch09 demo early-stopping --run --save \(path)"
                try EarlyStoppingFile.file(run, command: command).write(to: path)
                n.say("Wrote the run to \(path).")
            }
        } else {
            let file = EarlyStoppingFile.committedFile
            n.say("The committed run (\(file.date); rerun: \(file.command)):")
            run = EarlyStoppingFile.committed
        }
        let shown = run.records.filter {
            [0, 1000, 10_000, 20_000, 40_000, 100_000, 500_000, 1_000_000, 3_000_000].contains($0.step)
        }
        n.table(
            ["step", "training loss", "validation loss", "distance to the truth"],
            shown.map { r in
                [
                    "\(r.step)", Narrator.format(r.training, digits: 4), Narrator.format(r.validation, digits: 4),
                    Narrator.format(r.truth, digits: 4),
                ]
            })
        let best = run.records.min { $0.truth < $1.truth }!
        let stop = run.stopping(patience: 10)
        n.say(
            "The training loss falls all the way, but the fit is closest to the true function at step \(best.step) "
                + "and drifts away after, as the model starts to follow the noise. Algorithm 7.1 (stop when the "
                + "validation loss has not improved for 10 measurements) keeps step \(stop.step), whose distance to the "
                + "truth is " + Narrator.format(stop.truth, digits: 4) + " against "
                + Narrator.format(run.records.last!.truth, digits: 4) + " at the end.")
        n.say(
            "Early stopping acts like L2 regularization: τ steps of full-batch descent with step ε from zero (on "
                + "½‖Aφ − y‖², ε = 0.01) land close to the ridge fit with λ = 1/(τε), and far from the exact fit:")
        n.table(
            ["τ", "λ = 1/(τε)", "gap to that ridge fit", "gap to the exact fit"],
            EarlyStoppingAsL2.comparison(steps: [10, 100, 1000, 10_000]).map { c in
                [
                    "\(c.steps)", Narrator.format(c.lambda, digits: 3), Narrator.format(c.toRidge, digits: 5),
                    Narrator.format(c.toFit, digits: 5),
                ]
            })
    }
}
