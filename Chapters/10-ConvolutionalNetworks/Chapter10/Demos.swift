import Companion
import Foundation
import Neural

extension ConvolutionalNetworks {
    /// The demos in the book's order: section 10.1, 10.2 with notebook 10.2, then notebooks 10.3, 10.4 and 10.5.
    static let demos: [Demo] = [
        Demo(
            id: "equivariance", title: "A shifted input gives a shifted output (section 10.1, eqs. 10.1–10.2)",
            body: showEquivariance),
        Demo(
            id: "convolution-1d",
            title: "1-D convolution: kernel, stride, dilation, matrix (section 10.2, notebook 10.1)",
            body: showConvolution1D),
        Demo(
            id: "parameters", title: "Channels and parameter counts (sections 10.2.4–10.2.5, MMDS §13.4)",
            body: showParameters),
        mnist1dDemo,
        Demo(
            id: "convolution-2d", title: "2-D convolution by hand and through Conv2d (notebook 10.3)",
            body: showConvolution2D),
        Demo(
            id: "sampling", title: "Down-sampling and up-sampling (section 10.4, notebook 10.4)",
            body: showSampling),
        digitsDemo,
    ]

    /// Values as notebook 10.1 prints them, three significant digits each.
    static func row(_ values: [Double]) -> String {
        values.map { Narrator.withMinusSigns(Convolution1D.significant($0)) }.joined(separator: " ")
    }

    static func largestDifference(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }

    static func showEquivariance(_ n: Narrator) {
        typealias E = Equivariance
        let x = Convolution1D.signal
        let omega = Convolution1D.matrixKernel
        n.say(
            "A function is invariant to a transformation t when f[t[x]] = f[x] (eq. 10.1) and equivariant when "
                + "f[t[x]] = t[f[x]] (eq. 10.2). Take notebook 10.1's twelve samples, the kernel ω = [−1.0, 0.5, −0.2] "
                + "and the translation t that moves every sample \(E.shift) places to the right.")
        for circular in [true, false] {
            let (convolveShifted, shiftConvolved) = E.bothWays(x, kernel: omega, circular: circular)
            n.line()
            n.line(circular ? "  Circular padding (the signal wraps round):" : "  Zero padding:")
            n.table(
                ["i", "f[t[x]]", "t[f[x]]", "difference"],
                x.indices.map { i in
                    [
                        "\(i)", Narrator.format(convolveShifted[i], digits: 3),
                        Narrator.format(shiftConvolved[i], digits: 3),
                        Narrator.format(convolveShifted[i] - shiftConvolved[i], digits: 3),
                    ]
                })
        }
        let (zeroA, zeroB) = E.bothWays(x, kernel: omega, circular: false)
        let differing = x.indices.filter { abs(zeroA[$0] - zeroB[$0]) > 1e-12 }
        n.say(
            "With circular padding the two columns agree at every position: convolution is equivariant to "
                + "translation (problem 10.1). With zero padding the shift pushes zeros in at the start and loses "
                + "samples at the end, so they differ only at positions "
                + differing.map(String.init).joined(separator: " and ")
                + ": where the kernel first reaches a zero that came in, and where it misses the sample the shift "
                + "pushed out.")
        let pooled = { (signal: [Double]) in E.convolve(signal, kernel: omega, circular: true).max()! }
        n.say(
            "Follow the circular convolution by the largest output and the result is invariant (eq. 10.1): "
                + Narrator.format(pooled(x), digits: 3) + " before the shift and "
                + Narrator.format(pooled(E.translate(x, by: E.shift, circular: true)), digits: 3)
                + " after it. Pooling over positions is how a network for classification gets its invariance.")
    }

    static func showConvolution1D(_ n: Narrator) {
        typealias C = Convolution1D
        let x = C.signal
        n.say(
            "Notebook 10.1's signal has twelve samples. Each output of eq. 10.3 is a weighted sum of the nearest "
                + "inputs, z_i = ω1·x_{i−1} + ω2·x_i + ω3·x_{i+1} — a cross-correlation, as the book's footnote says "
                + "— with zeros assumed outside the signal (zero padding, figure 10.2c). Values to three significant "
                + "digits, as the notebook prints them:")
        n.line("  x: " + row(x))
        for c in C.notebookCases {
            let hand = C.byHand(x, kernel: c.kernel, stride: c.stride, dilation: c.dilation)
            let core = C.throughCore(x, kernel: c.kernel, stride: c.stride, dilation: c.dilation)
            n.line()
            n.line(
                "  \(c.name), ω = [" + c.kernel.map { Narrator.format($0, digits: 2) }.joined(separator: ", ") + "]:")
            n.line("    by hand:   " + row(hand))
            n.line("    Conv1d:    " + row(core))
            n.line(
                "    sum " + C.significant(hand.reduce(0, +))
                    + (c.sum.map { " (the notebook: \($0))" } ?? "") + ", largest difference "
                    + String(format: "%.1e", largestDifference(hand, core)))
        }
        let plain = C.byHand(x, kernel: [0.33, 0.33, 0.33])
        let strided = C.byHand(x, kernel: [0.33, 0.33, 0.33], stride: 2)
        n.say(
            "Stride 2 gives \(strided.count) outputs, every other one of the stride-1 output (figure 10.3a–b): "
                + (strided == Swift.stride(from: 0, to: 12, by: 2).map { plain[$0] } ? "they match." : "they do not."))
        n.say(
            "The kernel [−0.5, 0, 0.5] takes half the difference of the two neighbours, an estimate of the slope: "
                + row(C.byHand(x, kernel: C.derivativeKernel)) + ". It is large where the signal jumps.")
        let omega = C.matrixKernel
        let m = C.matrix(inputs: x.count, kernel: omega)
        let product = m * x
        n.say(
            "A convolution is a linear map, so it is a matrix: a band of the kernel's weights along the diagonal "
                + "(figure 10.4d). With ω = [−1.0, 0.5, −0.2] the core's Conv1d builds the 12 × 12 matrix; its first rows:"
        )
        for r in 0..<3 {
            n.line("  " + (0..<6).map { Narrator.format(m[r, $0], digits: 1).leftPadded(6) }.joined() + "  …")
        }
        n.say(
            "Ω·x = " + row(product) + "; the loops give " + row(C.byHand(x, kernel: omega))
                + " (largest difference "
                + String(format: "%.1e", largestDifference(product, C.byHand(x, kernel: omega)))
                + ").")
        let dilated = [0.33, 0.33, 0.33]
        let twice = C.byHand(C.byHand(x, kernel: dilated, dilation: 2), kernel: dilated, dilation: 2)
        let composed = C.composedKernel(dilated, dilated)
        let once = C.byHand(x, kernel: composed, dilation: 2)
        n.say(
            "Two convolutions in a row are one convolution with a longer kernel: the dilated kernel applied twice "
                + "is the dilation-2 kernel [" + composed.map { Narrator.format($0, digits: 4) }.joined(separator: ", ")
                + "] (the first kernel convolved with the second), nine samples wide. Away from the ends they agree; "
                + "the first and last two outputs differ because the padding of the intermediate signal is zero, "
                + "not the first convolution's value there.")
        n.table(
            ["", "twice", "once, longer kernel"],
            x.indices.map { ["z\($0)", Convolution1D.significant(twice[$0]), Convolution1D.significant(once[$0])] })
    }
}
