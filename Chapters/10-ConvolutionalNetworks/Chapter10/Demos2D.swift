import Companion
import Foundation
import Neural

extension ConvolutionalNetworks {
    static func showConvolution2D(_ n: Narrator) {
        typealias C = Convolution2D
        n.say(
            "Notebook 10.3 writes 2-D convolution as seven nested loops — example, output row, output column, "
                + "output channel, input channel, kernel row, kernel column — with one pixel of zero padding and "
                + "3 × 3 kernels, and compares it with PyTorch's conv2d. Each case seeds NumPy's generator with 1 "
                + "and draws the image, then the weights. The core's Conv2d stands in for PyTorch (its own tests "
                + "match PyTorch to 10⁻¹²). The notebook's loops add into a float32 array, so they agree only to "
                + "about 10⁻⁶.")
        for c in C.notebookCases {
            let (image, weights) = C.draw(
                batch: c.batch, channels: c.channels, height: c.height, width: c.width, outChannels: c.outChannels)
            let hand = C.byHand(image, weights: weights, stride: c.stride)
            let core = C.throughCore(image, weights: weights, stride: c.stride)
            n.line()
            n.line(
                "  Case: \(c.name) — image \(c.batch) × \(c.channels) × \(c.height) × \(c.width), weights "
                    + "\(c.outChannels) × \(c.channels) × 3 × 3, stride \(c.stride); output "
                    + "\(core.count) × \(core[0].count) × \(core[0][0].count) × \(core[0][0][0].count)")
            for b in core.indices {
                for o in core[b].indices {
                    n.line("    example \(b), channel \(o): by hand | Conv2d")
                    for y in core[b][o].indices {
                        let left = hand[b][o][y].map { Narrator.format($0, digits: 3).leftPadded(7) }.joined()
                        let right = core[b][o][y].map { Narrator.format($0, digits: 3).leftPadded(7) }.joined()
                        n.line("    " + left + "  |" + right)
                    }
                }
            }
            n.line(
                "    largest difference: "
                    + Narrator.withMinusSigns(
                        String(format: "%.1e", largestDifference(C.flat(hand), C.flat(core)))))
        }
        let case3 = C.notebookCases[2]
        let (image, weights) = C.draw(
            batch: case3.batch, channels: case3.channels, height: case3.height, width: case3.width,
            outChannels: case3.outChannels)
        let y = Im2col.unfold(image[0], filter: 3, stride: 1, padding: 1)
        let g = Im2col.kernels(weights)
        let product = Im2col.convolve(image[0], weights: weights, stride: 1, padding: 1)
        let core = C.throughCore(image, weights: weights, stride: 1)[0]
        let reordered = (0..<product.rows).flatMap { p in (0..<product.cols).map { core[$0][p / 6][p % 6] } }
        n.say(
            "MMDS §13.4.5 computes the same layer as one matrix product (\"im2col\"): every 3 × 3 window of every "
                + "input channel becomes a column of Y, here \(y.rows) × \(y.cols) (5 channels × 9 taps by 4 × 6 "
                + "positions); each kernel becomes a column of G, \(g.rows) × \(g.cols); and Yᵀ·G, \(product.rows) × "
                + "\(product.cols), holds case 3's output, a column per output channel. Largest difference from Conv2d: "
                + Narrator.withMinusSigns(String(format: "%.1e", largestDifference(product.data, reordered)))
                + ". Y repeats each input about nine times: memory traded for one fast product, which is how the "
                + "core's Conv2d runs.")
        n.say(
            "The output size is ⌊1 + (H + 2·1 − 3)/s⌋ per side: 4 × 6 stays 4 × 6, and 12 × 10 with stride 2 "
                + "becomes 6 × 5. Every output channel sums over all input channels; the batch just repeats the "
                + "work for each image.")
    }

    static func showSampling(_ n: Narrator) {
        typealias R = Resolution
        func show(_ title: String, _ image: [[Double]]) {
            n.line("  " + title)
            for row in image {
                n.line(
                    "    " + row.map { Narrator.format($0, digits: $0 == $0.rounded() ? 0 : 1).leftPadded(5) }.joined())
            }
        }
        n.say(
            "Notebook 10.4 halves and doubles the resolution of an image without learned weights. On its 4 × 4 "
                + "patch, each operation through the core's layers:")
        show("the 4 × 4 patch", R.patch)
        show("sub-sample (keep x[2i, 2j])", R.subsample(R.patch))
        show("max pool (largest of each 2 × 2 block)", R.maxPool(R.patch))
        show("mean pool (mean of each 2 × 2 block)", R.meanPool(R.patch))
        n.say("And up again, from its 2 × 2 patch (which is the 4 × 4 patch max-pooled):")
        show("the 2 × 2 patch", R.small)
        show("duplicate (each value into a 2 × 2 block)", R.duplicate(R.small))
        show(
            "max-unpool (each value where the 4 × 4 patch had its block's maximum)",
            maxUnpool(R.small, reference: R.patch))
        show("bilinear (averages of neighbours; zeros past the last row and column)", R.bilinear(R.small))
        let image = TestPattern.image
        n.say(
            "The notebook then runs three chains on a photograph; here on a generated \(TestPattern.size) × "
                + "\(TestPattern.size) test pattern (rings that get finer towards the corners, a checkerboard of "
                + "6-pixel squares, a brightening bar). Down three times to 12 × 12, then up three times. The "
                + "mean absolute difference from the original after the round trip, and the mean brightness "
                + "(the original's is " + Narrator.format(mean(image), digits: 3) + "):")
        n.table(
            ["chain", "12 × 12 mean", "round-trip mean", "mean |difference|"],
            R.chains(of: image).map { chain in
                [
                    chain.name, Narrator.format(mean(chain.images[3]), digits: 3),
                    Narrator.format(mean(chain.images[6]), digits: 3),
                    Narrator.format(
                        mean(zip(chain.images[6], image).map { zip($0, $1).map { abs($0 - $1) } }), digits: 3),
                ]
            })
        n.say(
            "Sub-sampling throws away three pixels in four at each step, so fine rings alias into coarse false ones; "
                + "max pooling keeps the brightest value and brightens the image, and max-unpooling puts it back "
                + "in one pixel of each block, leaving the rest black; mean pooling keeps the mean brightness, and "
                + "bilinear interpolation returns a smooth, blurred image, darkened at the right and bottom edges by "
                + "the notebook's zero padding. `ch10 figures --only notebook-10.4` draws every step.")
    }

    static func mean(_ image: [[Double]]) -> Double {
        image.reduce(0) { $0 + $1.reduce(0, +) } / Double(image.count * image[0].count)
    }
}

extension String {
    /// The string padded with spaces on the left to `width` characters.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
