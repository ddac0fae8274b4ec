// Your solutions to the exercises of chapter 10.
//
// Each function below starts as a stub that throws `NotYetSolved()`. Replace the
// body with your answer, then run `swift run ch10 check` (or `swift run ch10 check 10.2`
// for one exercise). The checks compare your answer with the book's and the notebooks'
// numbers and with the convolution, pooling and resampling layers of the Neural library
// on random inputs.
//
// Conventions (the book's and notebook 10.1's): a convolution is a cross-correlation, the
// kernel is not flipped (eq. 10.3); kernels have an odd size K and output i is centred on
// input s·i for stride s; dilation d puts the taps d apart (dilation 1: no gaps); values
// outside the input are zero (zero padding), unless an exercise says otherwise.
import Companion
import Neural

/// Problem 10.1 (the book shows eq. 10.3 is equivariant to translation). Return eq. 10.3 with
/// circular padding: `z_i = Σ_j ω_j · x[(i + j − ⌊K/2⌋) mod N]` for j = 0…K−1, stride 1, so the
/// signal wraps round at both ends. (The check confirms that shifting x shifts z.)
public func circularConvolution(x: [Double], kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Problem 10.1 with zero padding instead. Shift a signal of `length` samples `shift` places to
/// the right (`t[x]_i = x_{i − shift}`, zeros coming in at the start), and compare the convolution
/// of the shifted signal, f[t[x]], with the shifted convolution, t[f[x]], for a kernel of odd
/// size `kernel` (stride 1, zero padding, weights and signal in general position). Return the
/// positions i (from 0, increasing) where they differ.
public func zeroPaddingMismatch(length: Int, kernel: Int, shift: Int) throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 10.2 (our reading: the equation of figure 10.3a–b). Write out the stride-2
/// convolution with kernel size three, z_i = ω_1 x_? + ω_2 x_? + ω_3 x_?, in the book's numbering
/// from 1 (z_1 is centred on x_1, z_2 on x_3). Return the three input indices for output `i`.
public func strideTwoInputs(output i: Int) throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 10.3 (our reading: figure 10.3d). The same for the dilated convolution with kernel
/// size three and dilation 2 (stride 1; z_i is centred on x_i). Return the three input indices.
public func dilatedInputs(output i: Int) throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 10.4 (our reading: every member of the family of section 10.2.3). For kernel size
/// `kernel` (odd), `stride` and `dilation`, return the input indices (book numbering from 1) that
/// ω_1…ω_K multiply in output z_i, where z_1 is centred on x_1. Figure 10.3c is kernel 5, stride 1,
/// dilation 1.
public func convolutionInputs(output i: Int, kernel: Int, stride: Int, dilation: Int) throws -> [Int] {
    throw NotYetSolved()
}

/// Problem 10.5 (our reading: weight matrices in the style of figure 10.4d for figure 10.3's
/// convolutions). Return the matrix Ω (a row per output, a column per input) such that Ω·x is the
/// convolution of `inputs` samples with `kernel`, `stride` and `dilation`, zero padding, outputs
/// centred as in the exercises above (⌈N/s⌉ rows).
public func weightMatrix(inputs: Int, kernel: [Double], stride: Int, dilation: Int) throws -> [[Double]] {
    throw NotYetSolved()
}

/// MMDS exercise 13.4.1. Images of 512 × 512 pixels and a 3 × 3 filter (stride 1). Return
/// [(a) the number of responses the layer computes without padding, (b) the zero padding that
/// keeps the output 512 × 512, (c) without padding, the number of stacked layers after which
/// there is no output at all].
public func mmds1341() throws -> [Int] {
    throw NotYetSolved()
}

/// MMDS exercise 13.4.2. Answers (a) and (c) of exercise 13.4.1 for stride 3. MMDS wants the
/// stride to divide m − f + 2p; 512 − 3 does not divide by 3, so take the rule of PyTorch and of
/// the core: a last window that does not fit is dropped, n = ⌊(m − f + 2p)/s⌋ + 1. Return
/// [responses, layers until there is no output].
public func mmds1342() throws -> [Int] {
    throw NotYetSolved()
}

/// MMDS exercise 13.4.3. The output of an m × m convolutional layer with k filters, each with d
/// channels, goes through a pooling layer of size f and stride s (no padding). How many values does
/// the pooling layer produce?
public func poolingOutputs(m: Int, k: Int, d: Int, f: Int, s: Int) throws -> Int {
    throw NotYetSolved()
}

/// MMDS exercise 13.4.4. Inputs are bits (0 white, 1 black). Return the weights `w[i][j]` (3 × 3,
/// row i from the top) and the bias b of a filter whose response Σ w_ij x_ij + b is positive on
/// its feature and on no other of the 512 patches: `feature` 0, a vertical boundary (left column
/// 0, the other two 1); 1, a diagonal boundary (only the three pixels of the upper-right triangle
/// are 1); 2, a corner (the lower-right 2 × 2 square 0, the other five pixels 1).
public func featureFilter(feature: Int) throws -> (weights: [[Double]], bias: Double) {
    throw NotYetSolved()
}

/// Notebook 10.1, `conv_3_1_1_zp`. Convolve `x` with a kernel of three weights: stride 1,
/// dilation 1, zero padding, as many outputs as inputs.
public func convolve3(x: [Double], kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 10.1, `conv_3_2_1_zp`. Kernel size three, stride 2: ⌈N/2⌉ outputs, output i centred on
/// input 2i (counting from 0).
public func convolve3Stride2(x: [Double], kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 10.1, `conv_5_1_1_zp`. Kernel size five, stride 1, dilation 1.
public func convolve5(x: [Double], kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 10.1, `conv_3_1_2_zp`. Kernel size three, dilation 2: output i reads inputs i − 2, i
/// and i + 2.
public func convolve3Dilation2(x: [Double], kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 10.1, `get_conv_mat_3_1_1_zp`. The `inputs × inputs` matrix Ω with Ω·x equal to
/// `convolve3(x, kernel)`.
public func convolutionMatrix3(inputs: Int, kernel: [Double]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.1's closing question: applying a convolution twice — is it one convolution?
/// Return the single kernel (same dilation, stride 1) that gives the same outputs as convolving
/// twice with `kernel` wherever zero padding does not interfere.
public func twiceAsOneKernel(kernel: [Double]) throws -> [Double] {
    throw NotYetSolved()
}

/// Notebook 10.3. Convolve a batch `image` (B, C_in, H, W) with `weights` (C_out, C_in, k, k):
/// one pixel of zero padding on every side, the given stride, no bias; the output is
/// (B, C_out, ⌊1 + (H + 2 − k)/s⌋, ⌊1 + (W + 2 − k)/s⌋).
public func convolve2d(image: Tensor4, weights: Tensor4, stride: Int) throws -> Tensor4 {
    throw NotYetSolved()
}

/// Notebook 10.4, `subsample`: keep every other row and column, `out[i][j] = x[2i][2j]`
/// (⌈H/2⌉ × ⌈W/2⌉).
public func subsampleImage(_ x: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.4, `maxpool`: the largest value of each 2 × 2 block (⌊H/2⌋ × ⌊W/2⌋; an odd last
/// row or column is dropped).
public func maxPoolImage(_ x: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.4, `meanpool`: the mean of each 2 × 2 block (⌊H/2⌋ × ⌊W/2⌋).
public func meanPoolImage(_ x: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.4, `duplicate`: every value copied into a 2 × 2 block (2H × 2W).
public func duplicateImage(_ x: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.4, `max_unpool`: a 2H × 2W image of zeros with each `x[i][j]` placed where the
/// matching 2 × 2 block of `reference` (2H × 2W) has its largest value (the first in row order
/// on a tie).
public func maxUnpoolImage(_ x: [[Double]], reference: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}

/// Notebook 10.4, `bilinear`: 2H × 2W; `out[2i][2j] = x[i][j]`, `out[2i][2j+1]` the mean of x[i][j]
/// and x[i][j+1], `out[2i+1][2j]` the mean of x[i][j] and x[i+1][j], `out[2i+1][2j+1]` the mean of
/// those four; past the last row or column the neighbour is zero (the notebook pads one zero row
/// and column). Keep the fractions (the notebook's remark about rounding up is not in its code).
public func bilinearImage(_ x: [[Double]]) throws -> [[Double]] {
    throw NotYetSolved()
}
