import Foundation

/// A progress line that several threads advance, one finished item at a time (the trainings of a
/// sweep or a search).
public final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let progress: Progress
    private var done = 0

    public init(_ progress: Progress) { self.progress = progress }

    /// Counts one more item as finished and shows `detail` beside the count.
    public func step(_ detail: String) {
        lock.withLock {
            done += 1
            progress.update(done, detail)
        }
    }
}
