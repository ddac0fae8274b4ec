import Companion
import Neural

extension ConvolutionalNetworks {
    static let exercises: [Exercise] = problemExercises + notebookExercises

    /// The book's problems 10.1–10.5 (our copy marks them in the margin; see the chapter guide for
    /// how they are read) and the checkable exercises of MMDS §13.4.
    static let problemExercises: [Exercise] = [
        Exercise(
            id: "10.1a", title: "Eq. 10.3 with circular padding is equivariant", source: "Problem 10.1",
            function: "circularConvolution", reader: circularConvolution, reference: Reference.circularConvolution,
            wrong: [
                { x, kernel in Convolution1D.byHand(x, kernel: kernel) },
                { x, kernel in try Reference.circularConvolution(x: x, kernel: kernel.reversed()) },
            ],
            check: checkCircular),
        Exercise(
            id: "10.1b", title: "Where zero padding breaks equivariance", source: "Problem 10.1",
            function: "zeroPaddingMismatch", reader: zeroPaddingMismatch, reference: Reference.zeroPaddingMismatch,
            wrong: [
                { length, _, shift in [shift - 1, length - 1] },
                { _, kernel, shift in Array(max(0, shift - kernel / 2)..<shift) },
            ],
            check: checkMismatch),
        Exercise(
            id: "10.2", title: "The equation of stride 2 (figure 10.3a–b)", source: "Problem 10.2",
            function: "strideTwoInputs", reader: strideTwoInputs, reference: Reference.strideTwoInputs,
            wrong: [{ [2 * $0 - 1, 2 * $0, 2 * $0 + 1] }, { [$0 - 1, $0, $0 + 1] }], check: checkStrideTwo),
        Exercise(
            id: "10.3", title: "The equation of dilation 2 (figure 10.3d)", source: "Problem 10.3",
            function: "dilatedInputs", reader: dilatedInputs, reference: Reference.dilatedInputs,
            wrong: [{ [$0 - 1, $0, $0 + 1] }, { [$0 - 3, $0, $0 + 3] }], check: checkDilated),
        Exercise(
            id: "10.4", title: "Kernel size, stride and dilation together (figure 10.3c)", source: "Problem 10.4",
            function: "convolutionInputs", reader: convolutionInputs, reference: Reference.convolutionInputs,
            wrong: [
                { i, kernel, stride, dilation in (1...kernel).map { stride * i + ($0 - (kernel + 1) / 2) * dilation } },
                { i, kernel, stride, dilation in
                    try Reference.convolutionInputs(output: i, kernel: kernel, stride: stride, dilation: dilation + 1)
                },
            ],
            check: checkGeneralInputs),
        Exercise(
            id: "10.5", title: "Weight matrices of figure 10.3's convolutions", source: "Problem 10.5",
            function: "weightMatrix", reader: weightMatrix, reference: Reference.weightMatrix,
            wrong: [
                { n, kernel, stride, dilation in
                    let m = try Reference.weightMatrix(inputs: n, kernel: kernel, stride: stride, dilation: dilation)
                    return (0..<n).map { c in m.indices.map { m[$0][c] } }
                },
                { n, kernel, _, dilation in
                    try Reference.weightMatrix(inputs: n, kernel: kernel, stride: 1, dilation: dilation)
                },
            ],
            check: checkWeightMatrix),
        Exercise(
            id: "mmds13.4.1", title: "A 3 × 3 filter on 512 × 512 images",
            source: "Mining of Massive Datasets, Ex. 13.4.1", function: "mmds1341", reader: mmds1341,
            reference: Reference.mmds1341, wrong: [{ [262_144, 1, 256] }, { [260_100, 2, 255] }],
            check: checkMMDS1341),
        Exercise(
            id: "mmds13.4.2", title: "The same with stride 3", source: "Mining of Massive Datasets, Ex. 13.4.2",
            function: "mmds1342", reader: mmds1342, reference: Reference.mmds1342,
            wrong: [{ [28_900, 5] }, { [29_241, 6] }], check: checkMMDS1342),
        Exercise(
            id: "mmds13.4.3", title: "Outputs of a pooling layer", source: "Mining of Massive Datasets, Ex. 13.4.3",
            function: "poolingOutputs", reader: poolingOutputs, reference: Reference.poolingOutputs,
            wrong: [
                { m, k, d, f, s in k * d * ((m - f) / s + 1) * ((m - f) / s + 1) },
                { m, k, _, f, s in k * ((m - f + s - 1) / s + 1) * ((m - f + s - 1) / s + 1) },
            ],
            check: checkPooling),
        Exercise(
            id: "mmds13.4.4", title: "Filters that detect a boundary and a corner",
            source: "Mining of Massive Datasets, Ex. 13.4.4", function: "featureFilter", reader: featureFilter,
            reference: Reference.featureFilter,
            wrong: [
                { feature in
                    let pattern = MMDSFeatures.patterns[feature]
                    return (pattern.map { $0.map { $0 == 1 ? 1 : -1 } }, -Double(pattern.joined().reduce(0, +)))
                },
                { feature in
                    let pattern = MMDSFeatures.patterns[feature]
                    return (pattern.map { $0.map(Double.init) }, 0.5 - Double(pattern.joined().reduce(0, +)))
                },
            ],
            check: checkFeatureFilter),
    ]
}
