import Foundation
import Neural

/// One-dimensional convolution as notebook 10.1 writes it (section 10.2, eq. 10.3): a
/// cross-correlation of an odd-sized kernel, zero padding that keeps `⌈N/s⌉` outputs, output `i`
/// centred on input `s·i`, and dilation `d` placing the taps `d` apart (dilation 1 is the
/// ordinary kernel).
enum Convolution1D {
    /// Notebook 10.1's signal, twelve samples.
    static let signal = [5.2, 5.3, 5.4, 5.1, 10.1, 10.3, 9.9, 10.3, 3.2, 3.4, 3.3, 3.1]

    /// The notebook's four smoothing kernels with their settings, and the sums it states for
    /// three of them (the stride-2 output is every other value of the first).
    static let notebookCases: [(name: String, kernel: [Double], stride: Int, dilation: Int, sum: String?)] = [
        ("kernel 3", [0.33, 0.33, 0.33], 1, 1, "71.1"),
        ("kernel 3, stride 2", [0.33, 0.33, 0.33], 2, 1, nil),
        ("kernel 5", [0.2, 0.2, 0.2, 0.2, 0.2], 1, 1, "69.6"),
        ("kernel 3, dilation 2", [0.33, 0.33, 0.33], 1, 2, "68.3"),
    ]

    /// The notebook's kernel that approximates a derivative.
    static let derivativeKernel = [-0.5, 0.0, 0.5]
    /// The notebook's asymmetric kernel for the convolution matrix.
    static let matrixKernel = [-1.0, 0.5, -0.2]

    /// Eq. 10.3 generalised, written as loops: `z_i = Σ_j ω_j · x[s·i + (j − ⌊K/2⌋)·d]`, zero
    /// outside the input.
    static func byHand(_ x: [Double], kernel omega: [Double], stride: Int = 1, dilation: Int = 1) -> [Double] {
        let half = omega.count / 2
        return Swift.stride(from: 0, to: x.count, by: stride).map { centre in
            var sum = 0.0
            for (j, weight) in omega.enumerated() {
                let position = centre + (j - half) * dilation
                if x.indices.contains(position) { sum += weight * x[position] }
            }
            return sum
        }
    }

    /// The core's `Conv1d` with the notebook's settings: `⌊K/2⌋·d` zeros on each side, so that
    /// output `i` is centred on input `s·i` and there are `⌈N/s⌉` outputs (for an odd kernel).
    static func layer(kernel: Int, stride: Int = 1, dilation: Int = 1) -> Conv1d {
        Conv1d(1, 1, kernel: kernel, stride: stride, dilation: dilation, padding: .zeros(dilation * (kernel / 2)))
    }

    /// The same convolution through the core's layer.
    static func throughCore(_ x: [Double], kernel omega: [Double], stride: Int = 1, dilation: Int = 1) -> [Double] {
        CoreLayer.apply(
            layer(kernel: omega.count, stride: stride, dilation: dilation), input: .signal(length: x.count),
            parameters: omega + [0], to: x)
    }

    /// The convolution as a matrix acting on an input of length `n` (figure 10.4, notebook 10.1),
    /// from the core's `Conv1d.matrix(for:parameters:)`.
    static func matrix(inputs n: Int, kernel omega: [Double], stride: Int = 1, dilation: Int = 1) -> Matrix {
        layer(kernel: omega.count, stride: stride, dilation: dilation)
            .matrix(for: .signal(length: n), parameters: omega + [0])
    }

    /// Convolving twice with `omega` (stride 1, dilation `d`) is one convolution with the kernel
    /// `c_m = Σ_{j+k=m} ω_j ω_k` of length `2K − 1`, same dilation: the kernels' own convolution.
    static func composedKernel(_ first: [Double], _ second: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: first.count + second.count - 1)
        for (j, a) in first.enumerated() { for (k, b) in second.enumerated() { c[j + k] += a * b } }
        return c
    }

    /// A number as notebook 10.1 prints it (`{:3.3}`): three significant digits, and a decimal
    /// point even when the digits are whole ("5.0", "71.1").
    static func significant(_ value: Double) -> String {
        var text = String(format: "%.3g", value)
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }
}
