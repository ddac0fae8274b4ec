import Companion
import Neural

extension ConvolutionalNetworks {
    /// The tasks of notebooks 10.1, 10.3 and 10.4.
    static let notebookExercises: [Exercise] = [
        Exercise(
            id: "nb10.1.conv", title: "Kernel size 3, stride 1 (conv\\_3\\_1\\_1\\_zp)", source: "Notebook 10.1",
            function: "convolve3", reader: convolve3, reference: Reference.convolve3,
            wrong: [
                Wrong.flipped, { x, kernel in Array(Convolution1D.byHand(x, kernel: kernel).dropFirst().dropLast()) },
            ],
            check: checkConvolve3),
        Exercise(
            id: "nb10.1.stride", title: "Stride 2 (conv\\_3\\_2\\_1\\_zp)", source: "Notebook 10.1",
            function: "convolve3Stride2", reader: convolve3Stride2, reference: Reference.convolve3Stride2,
            wrong: [Wrong.strideTwoOffByOne, { x, kernel in Convolution1D.byHand(x, kernel: kernel) }],
            check: checkConvolve3Stride2),
        Exercise(
            id: "nb10.1.kernel5", title: "Kernel size 5 (conv\\_5\\_1\\_1\\_zp)", source: "Notebook 10.1",
            function: "convolve5", reader: convolve5, reference: Reference.convolve5,
            wrong: [Wrong.flipped, { x, kernel in Convolution1D.byHand(x, kernel: Array(kernel[1...3])) }],
            check: checkConvolve5),
        Exercise(
            id: "nb10.1.dilation", title: "Dilation 2 (conv\\_3\\_1\\_2\\_zp)", source: "Notebook 10.1",
            function: "convolve3Dilation2", reader: convolve3Dilation2, reference: Reference.convolve3Dilation2,
            wrong: [Wrong.dilationAsZeros, { x, kernel in Convolution1D.byHand(x, kernel: kernel) }],
            check: checkConvolve3Dilation2),
        Exercise(
            id: "nb10.1.matrix", title: "The convolution as a matrix (get\\_conv\\_mat\\_3\\_1\\_1\\_zp)",
            source: "Notebook 10.1",
            function: "convolutionMatrix3", reader: convolutionMatrix3, reference: Reference.convolutionMatrix3,
            wrong: [
                { n, kernel in
                    let m = try Reference.convolutionMatrix3(inputs: n, kernel: kernel)
                    return (0..<n).map { c in m.indices.map { m[$0][c] } }
                },
                { n, kernel in
                    var m = try Reference.convolutionMatrix3(inputs: n, kernel: kernel)
                    m[0][n - 1] = kernel[0]
                    m[n - 1][0] = kernel[2]
                    return m
                },
            ],
            check: checkMatrix3),
        Exercise(
            id: "nb10.1.twice", title: "Two convolutions as one", source: "Notebook 10.1",
            function: "twiceAsOneKernel", reader: twiceAsOneKernel, reference: Reference.twiceAsOneKernel,
            wrong: [
                { kernel in Convolution1D.composedKernel(kernel, kernel.reversed()) },
                { kernel in kernel.map { $0 * $0 } },
            ],
            check: checkTwice),
        Exercise(
            id: "nb10.3.conv2d", title: "2-D convolution with channels, stride and a batch", source: "Notebook 10.3",
            function: "convolve2d", reader: convolve2d, reference: Reference.convolve2d,
            wrong: [
                Wrong.flipped2d,
                { image, weights, _ in try Reference.convolve2d(image: image, weights: weights, stride: 1) },
            ],
            check: checkConvolve2d),
        Exercise(
            id: "nb10.4.subsample", title: "Sub-sampling", source: "Notebook 10.4", function: "subsampleImage",
            reader: subsampleImage, reference: Reference.subsampleImage,
            wrong: [
                { x in (0..<(x.count / 2)).map { i in (0..<(x[0].count / 2)).map { j in x[2 * i + 1][2 * j + 1] } } },
                { x in (0..<(x.count / 2)).map { i in (0..<(x[0].count / 2)).map { j in x[2 * i][2 * j] } } },
            ],
            check: checkSubsample),
        Exercise(
            id: "nb10.4.maxpool", title: "Max pooling", source: "Notebook 10.4", function: "maxPoolImage",
            reader: maxPoolImage, reference: Reference.maxPoolImage,
            wrong: [
                { x in Wrong.blocks(x) { $0.reduce(0, +) / 4 } }, { x in Wrong.blocks(x) { max($0[0], $0[1]) } },
            ],
            check: checkMaxPool),
        Exercise(
            id: "nb10.4.meanpool", title: "Mean pooling", source: "Notebook 10.4", function: "meanPoolImage",
            reader: meanPoolImage, reference: Reference.meanPoolImage,
            wrong: [{ x in Wrong.blocks(x) { $0.max()! } }, { x in Wrong.blocks(x) { $0.reduce(0, +) } }],
            check: checkMeanPool),
        Exercise(
            id: "nb10.4.duplicate", title: "Duplication", source: "Notebook 10.4", function: "duplicateImage",
            reader: duplicateImage, reference: Reference.duplicateImage,
            wrong: [
                { x in Resolution.bilinear(x) },
                { x in x.flatMap { row in [row, row] } },
            ],
            check: checkDuplicate),
        Exercise(
            id: "nb10.4.maxunpool", title: "Max-unpooling", source: "Notebook 10.4", function: "maxUnpoolImage",
            reader: maxUnpoolImage, reference: Reference.maxUnpoolImage,
            wrong: [
                Wrong.maxUnpoolLastOnTie,
                { x, reference in
                    try Reference.duplicateImage(x).enumerated().map { r, row in
                        row.enumerated().map { c, value in r % 2 == 0 && c % 2 == 0 ? value : 0 }
                    }
                },
            ],
            check: checkMaxUnpool),
        Exercise(
            id: "nb10.4.bilinear", title: "Bilinear up-sampling", source: "Notebook 10.4", function: "bilinearImage",
            reader: bilinearImage, reference: Reference.bilinearImage,
            wrong: [Wrong.bilinearRoundedUp, Wrong.bilinearEdgeRepeated], check: checkBilinear),
    ]
}
