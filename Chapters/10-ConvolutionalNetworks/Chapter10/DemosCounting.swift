import Companion
import Neural

extension ConvolutionalNetworks {
    /// `n` with commas between groups of three digits ("150,528"), as the book writes counts.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (n < 0 ? "−" : "") + text
    }

    static func showParameters(_ n: Narrator) {
        typealias P = ParameterCounts
        let units = P.figureUnits
        let dense = P.fullyConnected(inputs: units, outputs: units)
        let conv = P.counted(
            Conv1d(1, 1, kernel: 3, padding: .same), input: .signal(length: units))
        n.say(
            "Figure 10.4: six inputs and six hidden units. A fully connected layer (eq. 10.5) has "
                + "\(dense.weights) weights and \(dense.biases) biases; a convolutional layer with kernel size three "
                + "(eq. 10.4) has \(conv.weights) weights and \(conv.biases) bias, the same at every position. "
                + "The core's Linear and Conv1d count them:")
        n.table(
            ["layer", "weights", "biases"],
            [
                ["fully connected, 6 → 6", "\(dense.weights)", "\(dense.biases)"],
                ["convolution, kernel 3", "\(conv.weights)", "\(conv.biases)"],
            ])
        let image = P.openingImage
        let inputs = image.count
        n.say(
            "The chapter opens with a 224 × 224 RGB image: \(grouped(inputs)) inputs. A hidden layer at least as "
                + "large as the input would need more than \(grouped(inputs))² = \(grouped(inputs * inputs)) weights, "
                + "or 22 billion, even for a shallow network. MMDS §13.4 makes the same point with only 224 outputs: "
                + "\(grouped(P.fullyConnected(inputs: inputs, outputs: 224).weights)) weights, \"over 33 million\".")
        n.say(
            "Channels (figure 10.5): each output channel has its own kernel over every input channel, so a "
                + "layer from C_in to C_out channels with kernel K has C_in·C_out·K weights and C_out biases, "
                + "whatever the length of the signal:")
        n.table(
            ["layer", "weights", "biases"],
            [(1, 2, 3), (2, 1, 3), (2, 2, 3), (15, 15, 3)].map { cIn, cOut, k in
                let c = P.counted(Conv1d(cIn, cOut, kernel: k), input: .signal(channels: cIn, length: 40))
                return ["Conv1d(\(cIn) → \(cOut), kernel \(k))", "\(c.weights)", "\(c.biases)"]
            })
        n.say(
            "MMDS eq. 13.3 gives the side of the output: n = (m − f + 2p)/s + 1 for an m × m input, f × f filter, "
                + "zero padding p and stride s. Its example 13.9: 64 filters of 5 × 5 over the three colours, "
                + "stride 1, padding 2:")
        let example = Conv2d(3, 64, kernel: 5, padding: .zeros(2))
        let counted = P.counted(example, input: image)
        let side = P.outputSide(input: 224, filter: 5, padding: 2)
        n.table(
            ["", "MMDS", "the core's Conv2d"],
            [
                ["output", "224 × 224 × 64", example.outputShape(for: image).description + " (C × H × W)"],
                ["eq. 13.3", "224", "\(side)"],
                ["parameters per filter", "3·5·5 + 1 = 76", "\((counted.weights + counted.biases) / 64)"],
                ["parameters", "64 · 76 = 4864", "\(counted.weights + counted.biases)"],
                [
                    "after 2 × 2 max pooling", "112 × 112 × 64",
                    Pooling.max(2).outputShape(
                        for: example.outputShape(for: image)
                    ).description,
                ],
            ])
        n.say(
            "Its example 13.11 stacks five convolutions (size 3, padding 1) and 2 × 2 max pooling, then a "
                + "fully connected layer to 1000 classes. The core's layers give these shapes:")
        n.table(
            ["layer", "output (C × H × W)", "parameters"],
            P.vggLike.map { [$0.layer.description, $0.output.description, grouped($0.parameters)] })
        let flattened = P.vggLike[P.vggLike.count - 2].output.count
        n.say(
            "MMDS's table prints 14 × 14 × 512 after the fourth convolution, but the 28 × 28 of the pooling before "
                + "it is kept by a padded convolution; and its last layer reads 7 × 7 × 1024 = \(grouped(flattened)) "
                + "values, not the 7 × 7 × 3 = 147 of its text. Its first layer has 64 · 3 = 192 nodes, each applied "
                + "at 224 × 224 = \(grouped(224 * 224)) positions.")
    }
}
