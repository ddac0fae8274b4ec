import Neural

extension DeepNetworks {
    /// The linear pieces of a one-input network on `range`, counted where the
    /// activation pattern changes (`LinearRegions.pieces`). The ends are pulled in by
    /// 10⁻⁹ so that a joint sitting exactly on an end (as in figure 4.1, where the
    /// first unit switches on at x = −1) does not count as a piece of its own. The even
    /// sample count keeps samples off the middle of the range and other round-number
    /// joints (notebook 4.1's net1 switches two units off at exactly x = 0).
    static func pieces(of network: Network, on range: ClosedRange<Double>, samples: Int = 40_000) -> Int {
        LinearRegions.pieces(of: network, from: range.lowerBound + 1e-9, to: range.upperBound - 1e-9, samples: samples)
    }

    /// Where the activation pattern of a one-input network changes on `range`: each
    /// change found between neighbouring samples, narrowed by bisection to 10⁻¹².
    static func joints(of network: Network, on range: ClosedRange<Double>, samples: Int = 4_000) -> [Double] {
        let low = range.lowerBound + 1e-9
        let high = range.upperBound - 1e-9
        let xs = linspace(low, high, samples)
        let pattern = { (x: Double) in LinearRegions.activationPatterns(of: network, inputs: Matrix(row: [x]))[0] }
        var found: [Double] = []
        for (left, right) in zip(xs, xs.dropFirst()) {
            let before = pattern(left)
            guard pattern(right) != before else { continue }
            var (a, b) = (left, right)
            while b - a > 1e-12 {
                let middle = (a + b) / 2
                if pattern(middle) == before { a = middle } else { b = middle }
            }
            found.append((a + b) / 2)
        }
        return found
    }
}
