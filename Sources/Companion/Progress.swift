import Foundation

/// A progress line for long work. On a terminal it redraws one line in place;
/// elsewhere (CI logs, pipes) it prints a plain line about every tenth of the
/// way, so logs stay short.
public final class Progress {
    let sink: TextSink
    let label: String
    let total: Int
    let redraw: Bool
    private var lastReported = -1

    public init(_ label: String, total: Int, sink: TextSink = .standardError) {
        self.label = label
        self.total = max(total, 1)
        self.sink = sink
        self.redraw = sink.isTerminal
    }

    /// Reports that `done` of `total` steps are finished, with a short detail
    /// ("loss 0.213").
    public func update(_ done: Int, _ detail: String = "") {
        let text = "\(label) \(done)/\(total)" + (detail.isEmpty ? "" : "  \(detail)")
        if redraw {
            // Cut to the terminal's width: a wrapped line could not be redrawn in place.
            let width = max((sink.terminalColumns ?? 80) - 1, 1)
            sink.write("\r\u{1B}[2K" + (text.count > width ? String(text.prefix(width)) : text))
            if done >= total { sink.write("\n") }
            return
        }
        let tenth = done * 10 / total
        if tenth > lastReported || done >= total {
            lastReported = tenth
            sink.write(text + "\n")
        }
    }
}
