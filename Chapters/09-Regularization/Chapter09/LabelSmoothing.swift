import Foundation
import Neural

/// Label smoothing (section 9.3.4, problem 9.4): the target puts 0.9 on the correct class and
/// spreads 0.1 over the other K − 1. For logits where the correct class leads every other by a
/// margin m, the plain cross-entropy log(1 + (K − 1)e^(−m)) keeps falling as m grows (problem 8.1),
/// while the smoothed loss is smallest at m = log(9(K − 1)), where the softmax equals the target:
/// the network is no longer rewarded for ever more confident outputs.
enum LabelSmoothing {
    static let classes = 10

    /// The logits [m, 0, …, 0] with class 0 correct.
    static func logits(margin: Double) -> Matrix {
        Matrix(rows: classes, cols: 1, data: [margin] + [Double](repeating: 0, count: classes - 1))
    }

    static func plainLoss(margin: Double) -> Double {
        CrossEntropy(reduction: .sum).value(output: logits(margin: margin), target: [0])
    }

    /// The book's smoothing as PyTorch's ε: 1 − ε + ε/K = 0.9 gives ε = 0.1·K/(K − 1).
    static func smoothedLoss(margin: Double) -> Double {
        let k = Double(classes)
        return CrossEntropy(reduction: .sum, labelSmoothing: 0.1 * k / (k - 1)).value(
            output: logits(margin: margin), target: [0])
    }

    /// The margin where the smoothed loss is smallest: log(0.9 / (0.1/(K − 1))).
    static var bestMargin: Double { log(9 * Double(classes - 1)) }
}
