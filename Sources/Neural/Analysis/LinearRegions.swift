/// Counting the linear regions of a ReLU network (sections 3.3 and 4.5).
///
/// Inside one linear region every hidden unit is either active or inactive
/// throughout, so the pattern of active units names the region. With the
/// pattern fixed the network is an affine function, and the set of inputs with
/// that pattern is an intersection of half-spaces: convex and connected. Counting
/// the distinct patterns seen over a fine sample of inputs therefore counts the
/// regions the sample reaches.
public enum LinearRegions {
    /// The activation pattern of every column of `inputs` (`D_i × N`): one bit per
    /// hidden unit, `f > 0`, layer after layer.
    public static func activationPatterns(of network: Network, inputs: Matrix) -> [[Bool]] {
        let trace = network.forward(inputs)
        let hidden = trace.preActivations.dropLast()
        return (0..<inputs.cols).map { column in
            hidden.flatMap { f in (0..<f.rows).map { f[$0, column] > 0 } }
        }
    }

    /// The number of distinct activation patterns over the columns of `inputs`.
    public static func count(of network: Network, inputs: Matrix) -> Int {
        Set(activationPatterns(of: network, inputs: inputs)).count
    }

    /// Linear pieces of a network with one input on `[low, high]`, sampled at
    /// `samples` evenly spaced points: the number of places where the pattern
    /// changes between neighbours, plus one. (In 1-D a pattern can return after
    /// leaving, as in figure 4.2, so this counts pieces rather than patterns.)
    public static func pieces(of network: Network, from low: Double, to high: Double, samples: Int = 10_001) -> Int {
        precondition(network.inputSize == 1 && samples >= 2, "a network with one input and at least two samples")
        let patterns = activationPatterns(of: network, inputs: Matrix(row: linspace(low, high, samples)))
        return 1 + zip(patterns, patterns.dropFirst()).filter { $0 != $1 }.count
    }

    /// An n × n grid over the square [−r, r]² as a 2 × n² batch of inputs (x₁ varies fastest).
    public static func squareGrid(halfWidth r: Double, samples n: Int) -> Matrix {
        let axis = linspace(-r, r, n)
        return Matrix(rows: 2, cols: n * n) { i, k in i == 0 ? axis[k % n] : axis[k / n] }
    }

    /// The regions of a two-input network that an n × n grid over [−r, r]² reaches (distinct
    /// patterns); slivers thinner than the grid spacing can be missed.
    public static func countOnGrid(of network: Network, halfWidth r: Double, samples n: Int) -> Int {
        count(of: network, inputs: squareGrid(halfWidth: r, samples: n))
    }

    /// The number of regions `D` hyperplanes in general position cut a
    /// `D_i`-dimensional input space into: Σ_{j=0}^{D_i} C(D, j) (Zaslavsky, 1975;
    /// the count for a shallow network with D hidden units, section 3.3 and figure 3.9).
    /// A `Double`, since the counts grow far beyond 64-bit integers.
    public static func zaslavskyBound(hiddenUnits: Int, inputDimensions: Int) -> Double {
        var total = 0.0
        var binomial = 1.0  // C(D, 0)
        for j in 0...min(inputDimensions, hiddenUnits) {
            if j > 0 { binomial = binomial * Double(hiddenUnits - j + 1) / Double(j) }
            total += binomial
        }
        return total
    }
}
