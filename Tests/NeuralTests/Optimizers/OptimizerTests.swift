import Testing

@testable import Neural

/// For `L = ½‖φ‖²` the gradient is φ itself, which makes updates easy to follow by hand.
private func identityGradient(_ phi: [Double]) -> [Double] { phi }

@Suite("Optimizers")
struct OptimizerTests {
    @Test("Gradient descent converges to the closed-form minimum of a quadratic")
    func gradientDescentQuadratic() {
        // L = ½ φᵀAφ − bᵀφ with A = [[3, 1], [1, 2]], b = (1, 1): minimum A⁻¹b = (0.2, 0.4).
        var optimizer = GradientDescent(learningRate: 0.2)
        let path = optimizer.trajectory(from: [2, -3], steps: 200) { p in
            [3 * p[0] + p[1] - 1, p[0] + 2 * p[1] - 1]
        }
        #expect(path.count == 201 && path[0] == [2, -3])
        #expect(close(path[200], [0.2, 0.4], atol: 1e-10))
    }

    @Test("Book momentum (eq. 6.11): two steps by hand")
    func bookMomentum() {
        var optimizer = Momentum(learningRate: 0.5, beta: 0.6)
        let path = optimizer.trajectory(from: [1, -2], steps: 2, gradient: identityGradient)
        // m = 0.4·(1, −2); φ = (0.8, −1.6). m = 0.6·m + 0.4·φ = (0.56, −1.12); φ = (0.52, −1.04).
        #expect(close(path[1], [0.8, -1.6], rtol: 1e-14) && close(path[2], [0.52, -1.04], rtol: 1e-14))
    }

    @Test("PyTorch momentum: v ← μv + g, φ ← φ − lr·v")
    func pytorchMomentum() {
        var optimizer = PyTorchMomentum(learningRate: 0.1, momentum: 0.9)
        let path = optimizer.trajectory(from: [1], steps: 2, gradient: identityGradient)
        // v = 1, φ = 0.9; v = 0.9 + 0.9 = 1.8, φ = 0.72.
        #expect(close(path[1], [0.9], rtol: 1e-14) && close(path[2], [0.72], rtol: 1e-14))
    }

    @Test("Nesterov (eq. 6.12) evaluates the gradient at φ − αβm")
    func nesterov() {
        var optimizer = NesterovMomentum(learningRate: 0.5, beta: 0.6)
        var probes = [[Double]]()
        let path = optimizer.trajectory(from: [1], steps: 2) { p in
            probes.append(p)
            return p
        }
        // Step 2 looks ahead to 0.8 − 0.5·0.6·0.4 = 0.68; m = 0.24 + 0.4·0.68 = 0.512; φ = 0.544.
        #expect(close(probes[1], [0.68], rtol: 1e-14))
        #expect(close(path[1], [0.8], rtol: 1e-14) && close(path[2], [0.544], rtol: 1e-14))
    }

    @Test("Adam's first step moves every coordinate by α (bias correction, eq. 6.16)")
    func adamFirstStep() {
        var optimizer = Adam(learningRate: 0.05)
        var phi: [Double] = [0, 0, 0]
        optimizer.step(&phi) { _ in [100, -0.001, 3] }
        #expect(close(phi, [-0.05, 0.05, -0.05], rtol: 1e-12))
        var pytorch = Adam.pytorch()
        var psi: [Double] = [1, 1]
        pytorch.step(&psi) { _ in [2, -7] }
        #expect(close(psi, [0.999, 1.001], rtol: 1e-9))
    }

    @Test("Adam's second step by hand (numpy)")
    func adamSecondStep() {
        var optimizer = Adam(learningRate: 0.1)
        let path = optimizer.trajectory(from: [1], steps: 2, gradient: identityGradient)
        #expect(close(path[1], [0.9], rtol: 1e-14))
        #expect(close(path[2], [0.8003885665541841], rtol: 1e-13))
        #expect(optimizer.stepCount == 2)
    }

    @Test("Normalised gradients move each coordinate by exactly α (eqs. 6.13–6.14)")
    func normalized() {
        var optimizer = NormalizedGradientDescent(learningRate: 0.08)
        var phi: [Double] = [1, 1]
        optimizer.step(&phi) { _ in [250, -1e-3] }
        #expect(close(phi, [0.92, 1.08], rtol: 1e-14))
    }

    @Test("Step decay halves the rate every period")
    func stepDecay() {
        let schedule = StepDecay(initialRate: 0.1, factor: 0.5, period: 10)
        #expect([0, 9, 10, 19, 20, 35].map(schedule.rate) == [0.1, 0.1, 0.05, 0.05, 0.025, 0.0125])
    }

    @Test("Minibatches split an ordering into consecutive batches")
    func batches() {
        #expect(minibatches([4, 1, 3, 0, 2], size: 2) == [[4, 1], [3, 0], [2]])
    }

    @Test("Normalised gradient descent equals Adam with β = γ = 0")
    func normalizedIsAdamWithoutMemory() {
        let gradient = { (p: [Double]) in [p[0] * p[0] - 0.3, -2 * p[1]] }
        var normalized = NormalizedGradientDescent(learningRate: 0.08)
        var adam = Adam(learningRate: 0.08, beta: 0, gamma: 0)
        let a = normalized.trajectory(from: [0.4, -0.7], steps: 5, gradient: gradient)
        let b = adam.trajectory(from: [0.4, -0.7], steps: 5, gradient: gradient)
        #expect(zip(a, b).allSatisfy { close($0, $1, rtol: 1e-14) })
    }
}
