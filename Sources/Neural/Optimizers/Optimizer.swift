/// A first-order optimiser that updates a flat parameter vector φ (chapter 6).
///
/// The gradient is supplied as a closure `φ ↦ ∂L/∂φ` so the same optimisers serve the
/// two-parameter loss surfaces of chapter 6 and whole networks (via `Network.parameters`).
/// For stochastic gradient descent the closure evaluates the loss on the current
/// minibatch `B_t` only (eq. 6.10); choosing the batch is up to the caller.
public protocol Optimizer {
    /// The step size α.
    var learningRate: Double { get set }
    /// Performs one update `φ_t → φ_{t+1}`. Most optimisers call `gradient` once, at φ_t.
    mutating func step(_ parameters: inout [Double], gradient: ([Double]) -> [Double])
}

extension Optimizer {
    /// Runs `steps` updates from `start` and returns the path `[φ_0, φ_1, …, φ_steps]`
    /// (the trajectories drawn in figures 6.1, 6.5, 6.7 and 6.9).
    public mutating func trajectory(
        from start: [Double], steps: Int, gradient: ([Double]) -> [Double]
    ) -> [[Double]] {
        var phi = start
        var path = [phi]
        path.reserveCapacity(steps + 1)
        for _ in 0..<steps {
            step(&phi, gradient: gradient)
            path.append(phi)
        }
        return path
    }

    /// One update of all the parameters of `network`; `gradient` returns the gradients of
    /// the loss for the network it is given (which may be a look-ahead copy, as in Nesterov).
    public mutating func step(_ network: inout Network, gradient: (Network) -> Gradients) {
        var phi = network.parameters
        let template = network
        step(&phi) { candidate in
            var probe = template
            probe.parameters = candidate
            return gradient(probe).flattened
        }
        network.parameters = phi
    }
}
