import Companion
import Foundation
import Neural

extension GradientsAndInitialization {
    /// "1.2e-05" style for quantities spanning many orders of magnitude.
    static func scientific(_ x: Double) -> String { String(format: "%.1e", x) }

    static func showInitialization(_ n: Narrator) {
        n.say(
            "Figure 7.7's network: 50 hidden ReLU layers of 100 units, zero biases, weights from N(0, σ²_Ω), "
                + "200 standard-normal inputs, target 0. Each layer multiplies the forward variance by about "
                + "½·D_h·σ²_Ω (eq. 7.30), so only σ²_Ω = 2/D_h = 0.02 (He, eq. 7.31) keeps it level.")
        let profiles = InitializationExperiment.all()
        let shown = [1, 10, 25, 50]
        n.line("  forward: variance of the activations h_k")
        n.table(
            ["σ²_Ω"] + shown.map { "layer \($0)" } + ["factor per layer ½·D_h·σ²_Ω"],
            profiles.map { p in
                [Narrator.format(p.variance, digits: 3)] + shown.map { scientific(p.forward[$0 - 1]) }
                    + [Narrator.format(0.5 * 100 * p.variance, digits: 2)]
            })
        n.line("  backward: variance of the gradients ∂ℓ/∂f_{k−1}")
        n.table(
            ["σ²_Ω"] + shown.reversed().map { "layer \($0)" },
            profiles.map { p in
                [Narrator.format(p.variance, digits: 3)] + shown.reversed().map { scientific(p.backward[$0 - 1]) }
            })
        n.say(
            "Read the backward table from left to right: gradients travel from layer 50 down to layer 1 and "
                + "grow (σ²_Ω > 0.02, exploding gradients) or shrink (σ²_Ω < 0.02, vanishing gradients) by the "
                + "same factor per layer. With σ²_Ω = 1 the activations reach 10⁸⁰ and more; in single precision "
                + "they would already have overflowed.")
        n.say(
            "Problem 7.15: with every weight and bias zero, all hidden units compute the same thing and get "
                + "the same gradient (here exactly zero, since ReLU′(0) = 0), so only the output bias ever moves: "
                + "after 50 steps of gradient descent the first hidden layer still has "
                + "\(Reference.distinctHiddenUnitsAfterZeroInit(steps: 50)) distinct unit.")
    }

    static func showNotebook73(_ n: Narrator) {
        n.say(
            "Notebook 7.3 draws Ω_0, Ω_K and then the middle layers after seed 0, sets the biases to zero and "
                + "uses ReLU′(0) = 1. With K = 5 layers of D = 8 units and σ² = 1 the spread grows layer by layer:")
        let forward = NotebookNetworks.forwardStds(hiddenLayers: 5, width: 8, variance: 1)
        let backward = NotebookNetworks.backwardStds(hiddenLayers: 5, width: 8, variance: 1)
        n.table(
            ["layer", "std of h_k (1000 inputs)"],
            forward.indices.map { ["\($0 + 1)", Narrator.format(forward[$0], digits: 3)] })
        n.table(
            ["layer", "std of ∂ℓ/∂f_k (100 inputs)"],
            backward.indices.map { ["\(4 - $0)", Narrator.format(backward[$0], digits: 3)] })
        n.say(
            "The notebook then asks for 50 layers of 80 units and a variance that tames both passes. Eq. 7.31 "
                + "predicts σ² = 2/80 = 0.025:")
        var rows = [[String]]()
        for variance in [0.01, 0.025, 0.05] {
            let f = NotebookNetworks.forwardStds(hiddenLayers: 50, width: 80, variance: variance)
            let b = NotebookNetworks.backwardStds(hiddenLayers: 50, width: 80, variance: variance)
            rows.append([
                Narrator.format(variance, digits: 3), scientific(f[0]), scientific(f[49]), scientific(b[0]),
                scientific(b[48]),
            ])
        }
        n.table(["σ²", "std h_1", "std h_50", "std ∂ℓ/∂f_49", "std ∂ℓ/∂f_1"], rows)
        n.say(
            "At 0.025 the first and last layers agree to within a small factor; halving or doubling σ² "
                + "changes the spread by about 2^{±25} over the 50 layers.")
    }

    static func showTraining(_ n: Narrator) {
        n.say(
            "Figure 7.8's code with the core instead of PyTorch: a 10-40-40-5 ReLU network with He weights, "
                + "100 random points (inputs and targets standard normal), mean-squared error, batches of 10, SGD "
                + "with momentum 0.9 in PyTorch's form, learning rate 0.1 halved every 10 epochs (the code's 0.1; "
                + "the text says 0.01). Random draws come from NumPy's generator with seed 0.")
        var run = TrainingExample()
        let losses = run.train(epochs: 100, progress: n.progress("epochs", total: 100))
        n.table(
            ["epoch", "loss (sum of the 10 batch losses)"],
            [0, 1, 2, 5, 10, 20, 40, 60, 80, 99].map {
                ["\($0)", Narrator.format(losses[$0], digits: 3)]
            })
        n.say(
            "The targets are pure noise, so the loss can only fall by memorising the 100 points; the halving "
                + "learning rate lets it settle. `swift run ch07 figures` draws the whole curve (fig-problem-7.16).")
    }

    static func showBinary(_ n: Narrator) {
        n.say(
            "Problem 7.17: the same network with one output read as a logit, targets 1 where a normal draw is "
                + "positive and 0 otherwise, and binary cross-entropy on sig[f] (eq. 7.36).")
        var run = TrainingExample(binary: true)
        let losses = run.train(epochs: 100, progress: n.progress("epochs", total: 100))
        n.table(["epoch", "loss"], [0, 10, 50, 99].map { ["\($0)", Narrator.format(losses[$0], digits: 3)] })
        n.value("training accuracy", run.accuracy, digits: 2)
        n.say(
            "A classifier that always says ½ would score 6.931 (ten batches of log 2 = 0.693). The first epoch "
                + "is worse, because the He-initialised logits are confidently wrong about half the time; by the end "
                + "the network has memorised all 100 random labels.")
    }

    static func showCheckpointing(_ n: Narrator) {
        var rng = NumPyRandomState(seed: 3)
        let sizes = [4] + [Int](repeating: 20, count: 49) + [1]
        let network = Network(sizes: sizes, initialization: .he, normal: { rng.standardNormal() })
        let x = Matrix(rows: 4, cols: 8, data: rng.normal(count: 32))
        let y = Matrix(rows: 1, cols: 8, data: rng.normal(count: 8))
        n.say(
            "Fifty layers, but room to store the pre-activations of only every tenth one. The forward pass keeps "
                + "five checkpoints; the backward pass then handles the layers ten at a time, recomputing each "
                + "block's activations from its checkpoint just before it needs them.")
        let full = network.lossAndGradients(LeastSquares(), input: x, target: y).gradients
        let checkpointed = CheckpointedBackprop(network: network, x: x, every: 10) {
            LeastSquares().gradient(output: $0, target: y)
        }
        n.value("layers", Double(network.layers.count), digits: 0)
        n.value("layers recomputed in the backward pass", Double(checkpointed.recomputedLayers), digits: 0)
        n.value("layer values held at once (full backprop: 100)", Double(checkpointed.peakStored), digits: 0)
        n.say(
            (checkpointed.flattened == full.flattened
                ? "The gradients equal those of full storage, bit for bit. "
                : "The gradients differ from those of full storage. ")
                + "The price is a second forward pass through 45 of the 50 layers.")
    }
}
