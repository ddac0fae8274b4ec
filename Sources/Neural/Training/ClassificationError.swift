/// The fraction of examples whose predicted class is wrong (section 8.1 reports it as a
/// percentage). The prediction for column `j` of the logits `output` is the row with the
/// largest value (the first one on ties), as PyTorch's `argmax`.
public func classificationError(output: Matrix, labels: [Int]) -> Double {
    precondition(labels.count == output.cols, "Need one label per column")
    guard output.cols > 0 else { return 0 }
    var wrong = 0
    output.data.withUnsafeBufferPointer { d in
        for j in 0..<output.cols {
            var best = 0
            for i in 1..<output.rows where d[i * output.cols + j] > d[best * output.cols + j] { best = i }
            if best != labels[j] { wrong += 1 }
        }
    }
    return Double(wrong) / Double(output.cols)
}
