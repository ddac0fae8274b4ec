import Foundation
import Neural

/// Correct answers to the exercises, built on the Neural core (`LinearRegression`, `GaborModel`, the
/// optimizers and the line search). `swift run ch06 check --reference` runs the checks on these.
enum Reference {
    static func exampleGradient(phi0: Double, phi1: Double, x: Double, y: Double) throws -> [Double] {
        LinearRegression(intercept: phi0, slope: phi1).gradient(x: [x], y: [y])
    }

    static func lineHessian(x: [Double]) throws -> [[Double]] { LinearRegression.hessian(x: x) }

    static func gaborLossGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
        GaborModel(phi).gradient(x: x, y: y)
    }

    static func logisticLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
        LogisticRegression(phi: phi).loss(x: x, y: y)
    }

    static func logisticGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
        LogisticRegression(phi: phi).gradient(x: x, y: y)
    }

    static func logisticHessian(phi: [Double], x: [Double], y: [Double]) throws -> [[Double]] {
        LogisticRegression(phi: phi).hessian(x: x)
    }

    static func shallowNetworkGradient(parameters: [Double], x: [Double], y: [Double]) throws -> [Double] {
        FittingModels.shallowLossAndGradient(parameters, x: x, y: y).gradient
    }

    static func convexPanels() throws -> [Bool] { [true, false, false] }

    static func classifyPoints() throws -> [PointKind] {
        [.globalMinimum, .neither, .localMinimum, .neither, .globalMinimum, .neither, .globalMinimum]
    }

    /// Yes: a step can be long enough to jump over the walls of the well (demo `gabor`).
    static func fixedStepCanEscape() throws -> Bool { true }

    static func epochCount(iterations: Int, datasetSize: Int, batchSize: Int) throws -> Double {
        Double(iterations * batchSize) / Double(datasetSize)
    }

    /// w_k = (1 − β)·β^(t−1−k): the newest gradient weighs most.
    static func momentumWeights(beta: Double, steps: Int) throws -> [Double] {
        (0..<steps).map { (1 - beta) * pow(beta, Double(steps - 1 - $0)) }
    }

    static func hessianShape(parameterCount: Int) throws -> [Int] { [parameterCount, parameterCount] }

    static func bracketLineSearch(
        loss: @Sendable (Double) -> Double, a: Double, b: Double, c: Double, d: Double,
        threshold: Double, maxIterations: Int
    ) throws -> Double {
        lineSearch(loss: loss, a: a, b: b, c: c, d: d, threshold: threshold, maxIterations: maxIterations)
    }

    static func linearLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
        LinearRegression(intercept: phi[0], slope: phi[1]).loss(x: x, y: y)
    }

    static func linearGradient(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
        LinearRegression(intercept: phi[0], slope: phi[1]).gradient(x: x, y: y)
    }

    static func lineSearchStep(phi: [Double], x: [Double], y: [Double]) throws -> [Double] {
        var next = phi
        FittingModels.notebookLineSearch.step(&next, gradient: try linearGradient(phi: phi, x: x, y: y)) {
            LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: x, y: y)
        }
        return next
    }

    static func gaborModelLoss(phi: [Double], x: [Double], y: [Double]) throws -> Double {
        GaborModel(phi).loss(x: x, y: y)
    }

    static func gaborFixedStepPath(x: [Double], y: [Double], start: [Double], rate: Double, steps: Int) throws
        -> [[Double]]
    {
        var descent = GradientDescent(learningRate: rate)
        return descent.trajectory(from: start, steps: steps) { GaborModel($0).gradient(x: x, y: y) }
    }

    /// Any optimizer on the Gabor loss with the notebooks' batches: a fresh permutation before each step.
    static func stochasticPath<O: Optimizer>(
        _ optimizer: O, x: [Double], y: [Double], start: [Double], batchSize: Int,
        steps: Int, seed: Int, schedule: StepDecay? = nil
    ) -> [[Double]] {
        var optimizer = optimizer
        var random = NumPyRandomState(seed: UInt32(seed))
        var phi = start
        var path = [phi]
        for t in 0..<steps {
            let batch = Array(random.permutation(x.count).prefix(batchSize))
            if let schedule { optimizer.learningRate = schedule.rate(at: t) }
            optimizer.step(&phi) { GaborModel($0).gradient(x: x, y: y, batch: batch) }
            path.append(phi)
        }
        return path
    }

    static func gaborSGDPath(
        x: [Double], y: [Double], start: [Double], rate: Double, batchSize: Int,
        steps: Int, seed: Int
    ) throws -> [[Double]] {
        stochasticPath(
            GradientDescent(learningRate: rate), x: x, y: y, start: start, batchSize: batchSize,
            steps: steps, seed: seed)
    }

    static func gaborScheduledSGDPath(
        x: [Double], y: [Double], start: [Double], rate: Double, factor: Double, period: Int,
        batchSize: Int, steps: Int, seed: Int
    ) throws -> [[Double]] {
        stochasticPath(
            GradientDescent(learningRate: rate), x: x, y: y, start: start, batchSize: batchSize, steps: steps,
            seed: seed, schedule: StepDecay(initialRate: rate, factor: factor, period: period))
    }

    static func gaborMomentumPath(
        x: [Double], y: [Double], start: [Double], rate: Double, beta: Double, batchSize: Int,
        steps: Int, seed: Int
    ) throws -> [[Double]] {
        stochasticPath(
            Momentum(learningRate: rate, beta: beta), x: x, y: y, start: start, batchSize: batchSize,
            steps: steps, seed: seed)
    }

    static func gaborNesterovPath(
        x: [Double], y: [Double], start: [Double], rate: Double, beta: Double, batchSize: Int,
        steps: Int, seed: Int
    ) throws -> [[Double]] {
        stochasticPath(
            NesterovMomentum(learningRate: rate, beta: beta), x: x, y: y, start: start, batchSize: batchSize,
            steps: steps, seed: seed)
    }

    static func normalizedGradientPath(
        gradient: @Sendable ([Double]) -> [Double], start: [Double], rate: Double,
        steps: Int
    ) throws -> [[Double]] {
        var descent = NormalizedGradientDescent(learningRate: rate, epsilon: 1e-20)
        return descent.trajectory(from: start, steps: steps, gradient: gradient)
    }

    static func adamPath(
        gradient: @Sendable ([Double]) -> [Double], start: [Double], rate: Double, beta: Double,
        gamma: Double, steps: Int
    ) throws -> [[Double]] {
        var adam = Adam(learningRate: rate, beta: beta, gamma: gamma, epsilon: 1e-20)
        return adam.trajectory(from: start, steps: steps, gradient: gradient)
    }
}
