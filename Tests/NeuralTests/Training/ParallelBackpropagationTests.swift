import Testing

@testable import Neural

@Suite("Forward and backward passes split over worker threads")
struct ParallelBackpropagationTests {
    private func problem() -> (network: Network, x: Matrix, labels: [Int]) {
        var rng = NumPyRandomState(seed: 21)
        let network = Network(sizes: [4, 9, 6, 3], initialization: .he, normal: { rng.normal() })
        let x = rng.matrix(4, 11)
        return (network, x, [2, 0, 1, 1, 2, 0, 0, 1, 2, 2, 1])
    }

    @Test("Columns are cut into contiguous parts of near-equal size, at most one per example")
    func split() {
        let (network, _, _) = problem()
        let three = ParallelBackpropagation<Double>(network: network, workers: 3, capacity: 10)
        #expect(three.split(7) == [0..<3, 3..<5, 5..<7])
        #expect(three.split(9) == [0..<3, 3..<6, 6..<9])
        #expect(three.split(2) == [0..<1, 1..<2])
        #expect(three.split(0) == [])
        #expect(ParallelBackpropagation<Double>(network: network, workers: 1, capacity: 10).split(7) == [0..<7])
    }

    /// One worker reproduces `Network.lossAndGradients` (checked against finite differences
    /// elsewhere); more workers only regroup the sums over examples, so they agree to rounding.
    @Test("Gradient and output with 2 or 3 workers equal those with 1 worker", arguments: [2, 3])
    func matchesOneWorker(workers: Int) {
        let (network, x, labels) = problem()
        let batch = [10, 3, 7, 0, 5, 8, 1]
        let loss = CrossEntropy(reduction: .mean)
        let phi = network.parameters
        let target = labels.examples(batch)
        let expected = network.lossAndGradients(loss, input: x.columns(batch), target: target).gradients.flattened

        func gradient(_ count: Int) -> [Double] {
            let passes = ParallelBackpropagation<Double>(network: network, workers: count, capacity: 11)
            var unused = NumPyRandomState(seed: 0)
            let output = passes.forward(phi, columns: batch, of: x, random: &unused)
            #expect(close(output, network(x.columns(batch)), rtol: 1e-13, atol: 1e-14))
            let gradient = passes.backward(phi, outputGradient: loss.gradient(output: output, target: target))
            #expect(close(passes.output(phi, of: x), network(x), rtol: 1e-13, atol: 1e-14))
            return gradient
        }
        let one = gradient(1)
        let many = gradient(workers)
        #expect(close(one, expected, rtol: 1e-12, atol: 1e-15))
        let scale = one.map(abs).max()!
        for (a, b) in zip(many, one) { #expect(abs(a - b) <= 1e-12 * scale) }
        // The same split repeated gives the same bits, whichever thread finishes first.
        #expect(gradient(workers) == many)
    }
}
