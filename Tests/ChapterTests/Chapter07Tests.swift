import Companion
import Foundation
import Neural
import Testing

@testable import Chapter07

/// Chapter 7 against the book and notebooks 7.1–7.3: every number they state, plus the
/// companion's own claims (identical checkpointed gradients, the NumPy transcriptions).
@Suite struct Chapter07Tests {
    typealias Chapter = GradientsAndInitialization

    /// Rounds to the notebooks' `%3.3f`.
    func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    @Test func toyModelHasEightParametersAndNotebookForwardValues() {
        // §7.3: "eight scalar parameters"; notebook 7.1 forward values and l_i = 0.139.
        let model = ToyModel.notebook
        #expect(model.parameters.count == 8)
        let t = model.forward(x: ToyModel.notebookX, y: ToyModel.notebookY)
        #expect(
            [t.f[0], t.h[0], t.f[1], t.h[1], t.f[2], t.h[2], t.f[3]].map(rounded)
                == [1.230, 0.942, 1.623, 5.068, 7.137, 0.657, 2.372])
        #expect(rounded(t.loss) == 0.139)
    }

    @Test func toyModelBackwardMatchesNotebook71() {
        let model = ToyModel.notebook
        let (dF, dH) = model.backward(
            model.forward(x: ToyModel.notebookX, y: ToyModel.notebookY), y: ToyModel.notebookY)
        #expect(
            [dF[3], dH[2], dF[2], dH[1], dF[1], dH[0], dF[0]].map(rounded) == [
                0.745, 2.234, -1.683, -3.366, -17.060, 6.824, 2.281,
            ])
        let g = model.parameterGradient(x: ToyModel.notebookX, y: ToyModel.notebookY).map(rounded)
        // [β0, ω0, β1, ω1, β2, ω2, β3, ω3]
        #expect(g == [2.281, 5.246, -17.060, -16.079, -1.683, -8.530, 0.745, 0.489])
    }

    @Test func equation77AndTheForwardDifferenceGive5246() {
        // Notebook 7.1: the closed form and the forward difference (δ = 1e-5) both print 5.246.
        #expect(rounded(ToyModel.notebook.omega0ByHand(x: ToyModel.notebookX, y: ToyModel.notebookY)) == 5.246)
        #expect(rounded(Chapter.forwardDifferenceOmega0()) == 5.246)
    }

    @Test func notebook72OutputIs1907AndGradientsMatchFiniteDifferences() {
        let network = NotebookNetworks.notebook72()
        #expect(network.sizes == [1, 6, 6, 6, 6, 6, 1])
        let x = Matrix(rows: 1, cols: 1, data: [1.2])
        let y = Matrix(rows: 1, cols: 1, data: [20])
        #expect(rounded(network(x).data[0]) == 1.907)
        #expect(abs(network(x).data[0] - 1.906604997729403) < 1e-12)  // NumPy, same draws
        let gradients = network.lossAndGradients(LeastSquares(), input: x, target: y).gradients
        for k in network.layers.indices {
            // np.allclose(fd, bp, rtol=1e-5, atol=1e-8) as in the notebook, with central differences.
            let numeric = Chapter.layerGradient(network, x: x, y: y, layer: k, weights: true)
            #expect(
                zip(gradients.weights[k].data, numeric).allSatisfy { abs($0 - $1) <= 1e-8 + 1e-5 * abs($1) },
                "layer \(k)")
            // The notebook checks the biases of every layer the same way.
            let numericBiases = Chapter.layerGradient(network, x: x, y: y, layer: k, weights: false)
            #expect(
                zip(gradients.biases[k], numericBiases).allSatisfy { abs($0 - $1) <= 1e-8 + 1e-5 * abs($1) },
                "biases \(k)")
        }
    }

    @Test func figure7_7Configuration() {
        // Figure 7.7: 50 hidden layers of D_h = 100 units, a 100-D input, σ²_Ω ∈ {0.001, 0.01, 0.02, 0.1, 1.0},
        // and He initialisation σ²_Ω = 2/D_h = 0.02 (eq. 7.31) is one of them.
        #expect(InitializationExperiment.hiddenLayers == 50 && InitializationExperiment.width == 100)
        #expect(InitializationExperiment.variances == [0.001, 0.01, 0.02, 0.1, 1.0])
        let he = Initialization.he.variance(
            inputSize: InitializationExperiment.width, outputSize: InitializationExperiment.width)
        #expect(abs(he - 0.02) < 1e-15 && InitializationExperiment.variances.contains(he))
        // Eq. 7.30: the per-layer variance factor ½·D_h·σ²_Ω is exactly one for He initialisation.
        #expect(abs(0.5 * Double(InitializationExperiment.width) * he - 1) < 1e-15)
        let profile = InitializationExperiment.profile(variance: he, hiddenLayers: 4, width: 100, batch: 20)
        #expect(profile.forward.count == 4 && profile.backward.count == 4)
    }

    @Test func heInitialisationIsTheStableOneInFigure77() {
        // Figure 7.7: stable for σ² = 2/D_h = 0.02; grows for larger values, shrinks for smaller.
        let profiles = InitializationExperiment.all()
        for p in profiles {
            let forwardRatio = p.forward[49] / p.forward[0]
            let backwardRatio = p.backward[0] / p.backward[49]
            if p.variance == 0.02 {
                #expect(forwardRatio > 0.2 && forwardRatio < 5 && backwardRatio > 0.2 && backwardRatio < 5)
            } else if p.variance > 0.02 {
                #expect(forwardRatio > 1e10 && backwardRatio > 1e10, "σ² = \(p.variance)")
            } else {
                #expect(forwardRatio < 1e-10 && backwardRatio < 1e-10, "σ² = \(p.variance)")
            }
        }
        // Eq. 7.30: each layer multiplies the variance by ½·D_h·σ²_Ω (here 50 for σ² = 1).
        let steep = profiles.last!
        let perLayer = pow(steep.forward[49] / steep.forward[9], 1.0 / 40)
        #expect(abs(perLayer - 50) < 10)
    }

    @Test func figure78Configuration() {
        // D_i, D_k, D_o = 10, 40, 5; lr 0.1 (the code) halved every 10 epochs; 100 points in batches of 10.
        let run = TrainingExample()
        #expect(run.network.sizes == [10, 40, 40, 5])
        #expect(run.network.parameterCount == 2285)
        #expect(TrainingExample.schedule.rate(at: 9) == 0.1 && TrainingExample.schedule.rate(at: 10) == 0.05)
        #expect(run.x.cols == 100 && TrainingExample.batchSize == 10)
        #expect(run.network.layers.allSatisfy { $0.biases.allSatisfy { $0 == 0 } })
        // SGD(lr = 0.1, momentum = 0.9); 100 points in batches of 10 are ten batches per epoch; 100 epochs
        // of StepLR(step_size = 10, gamma = 0.5) end at 0.1 · 0.5⁹.
        #expect(TrainingExample.momentum == 0.9 && TrainingExample.schedule.initialRate == 0.1)
        #expect(TrainingExample.points / TrainingExample.batchSize == 10)
        #expect(abs(TrainingExample.schedule.rate(at: 99) - 0.1 * pow(0.5, 9)) < 1e-18)
        // kaiming_normal_ (fan_in, gain √2): variance 2/fan_in = 0.2, 0.05, 0.05 for the three weight matrices.
        #expect(
            zip(run.network.layers, [0.2, 0.05, 0.05]).allSatisfy { layer, v in
                abs(Initialization.he.variance(inputSize: layer.weights.cols, outputSize: layer.weights.rows) - v)
                    < 1e-15
            })
        // nn.MSELoss() is the mean over the batch's 10 × 5 squared errors.
        let batch = Array(0..<10)
        let xb = run.x.columns(batch)
        let yb = run.y.columns(batch)
        let output = run.network(xb)
        let mean = zip(output.data, yb.data).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 50
        #expect(abs(LeastSquares(reduction: .mean).value(output: output, target: yb) - mean) < 1e-12)
    }

    @Test func trainingMatchesTheNumPyTranscription() {
        var run = TrainingExample()
        let losses = run.train(epochs: 10)
        #expect(abs(losses[0] - 14.023503048903311) < 1e-9 && abs(losses[9] - 6.858906269754741) < 1e-9)
        var binary = TrainingExample(binary: true)
        let binaryLosses = binary.train(epochs: 2)
        #expect(abs(binaryLosses[1] - 6.091452082273413) < 1e-9)
    }

    @Test func checkpointedGradientsAreIdenticalToFullStorage() {
        // Problem 7.11: 50 layers, a checkpoint every 10th.
        var rng = NumPyRandomState(seed: 3)
        let network = Network(
            sizes: [4] + [Int](repeating: 20, count: 49) + [1], initialization: .he,
            normal: { rng.standardNormal() })
        let x = Matrix(rows: 4, cols: 8, data: rng.normal(count: 32))
        let y = Matrix(rows: 1, cols: 8, data: rng.normal(count: 8))
        let full = network.lossAndGradients(LeastSquares(), input: x, target: y).gradients
        let checkpointed = CheckpointedBackprop(network: network, x: x, every: 10) {
            LeastSquares().gradient(output: $0, target: y)
        }
        #expect(checkpointed.flattened == full.flattened)
        #expect(checkpointed.recomputedLayers == 45)
        #expect(checkpointed.peakStored < 2 * 50)
    }

    @Test func reverseAndForwardModeAgreeOnProblem712() {
        for x in [-1.0, 0.5] {
            let reverse = Reference.reverseMode(x: x)
            let forward = Reference.forwardMode(x: x)
            let f1 = exp(x)
            let f3 = f1 + f1 * f1
            let closedForm = (exp(f3) + cos(f3)) * (1 + 2 * f1) * f1
            #expect(
                abs(reverse[5] - closedForm) < 1e-9 * closedForm && abs(forward[5] - closedForm) < 1e-9 * closedForm)
        }
    }

    @Test func reluSecondMomentIsHalfTheVariance() {
        // Problem 7.14 by sampling: E[ReLU(a)²] = σ²/2.
        #expect(abs(VarianceChecks.reluSecondMoment(sigma: 1.5) - 1.125) < 0.02)
    }

    @Test func zeroInitialisationNeverBreaksSymmetry() {
        // Problem 7.15.
        #expect(Reference.distinctHiddenUnitsAfterZeroInit(steps: 10) == 1)
    }

    @Test func algorithm51MatchesFiniteDifferences() {
        // Mathematical Engineering of DL, Algorithm 5.1 on its four-neuron example.
        let chain = FourNeuronChain.example
        let x = FourNeuronChain.exampleX
        let y = FourNeuronChain.exampleY
        let numeric = FiniteDifferences.gradient(
            { phi in
                var c = chain; c.parameters = phi; return c.cost(x, y)
            }, at: chain.parameters)
        #expect(zip(chain.backward(x, y).gradient, numeric).allSatisfy { abs($0 - $1) < 1e-8 })
    }

    @Test func xavierKeepsALinearChainStable() {
        // Math. Eng. §5.5: Var(a^L) = Π N w · v_x, so w = 1/N is neutral for the identity; He for ReLU.
        let xavier = VarianceChecks.outputVariance(layers: 20, width: 50, weightVariance: 1.0 / 50, activation: .linear)
        let he = VarianceChecks.outputVariance(layers: 20, width: 50, weightVariance: 2.0 / 50, activation: .relu)
        #expect(xavier > 0.25 && xavier < 4 && he > 0.5 && he < 8)
    }

    @Test func studyNotesGradientStep() {
        // dL/dw = −40/3 ≈ −13.33, dL/db = −6; w = 0.1333, b = 0.06 after one step of 0.01.
        let g = StudyNotesStep.gradient(b: 0, w: 0)
        #expect(abs(g[1] + 40.0 / 3) < 1e-12 && abs(g[0] + 6) < 1e-12)
        let after = StudyNotesStep.step()
        #expect(abs(after[1] - 0.4 / 3) < 1e-12 && abs(after[0] - 0.06) < 1e-12)
    }

    @Test func theDemosQuoteTheBooksNumbers() throws {
        let sink = TextSink()
        for demo in GradientsAndInitialization.chapter.demos { try demo.run(Narrator(sink: sink)) }
        for number in [
            "0.139", "5.246", "1.907", "−17.060", "−16.079", "0.02", "14.024", "−13.3333",
            "equal those of full storage, bit for bit",
        ] {
            #expect(quotes(sink.text, number), "\(number)")
        }
    }
}
