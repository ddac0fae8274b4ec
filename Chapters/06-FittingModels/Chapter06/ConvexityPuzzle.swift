import Neural

/// The three 1-D loss functions of figure 6.11 (problem 6.6). The book does not give them, so ours are
/// polynomials built from where their slopes vanish: L′(φ) = k·Π(φ − r_i), integrated and then scaled
/// to span 0.1…0.9 on φ ∈ [0, 1].
struct PuzzleFunction: Sendable {
    /// Coefficients of L, lowest power first.
    let coefficients: [Double]

    /// The polynomial whose derivative is proportional to Π(φ − r) over `slopeRoots` (k > 0).
    init(slopeRoots: [Double]) {
        var derivative = [1.0]
        for r in slopeRoots {
            var next = [Double](repeating: 0, count: derivative.count + 1)
            for (power, c) in derivative.enumerated() {
                next[power + 1] += c
                next[power] -= r * c
            }
            derivative = next
        }
        let raw = [0.0] + derivative.enumerated().map { $0.element / Double($0.offset + 1) }
        let samples = linspace(0...1, 1001).map { PuzzleFunction.evaluate(raw, $0) }
        let lo = samples.min()!
        let hi = samples.max()!
        let scale = 0.8 / (hi - lo)
        var scaled = raw.map { $0 * scale }
        scaled[0] += 0.1 - lo * scale
        coefficients = scaled
    }

    static func evaluate(_ c: [Double], _ phi: Double) -> Double {
        c.reversed().reduce(0) { $0 * phi + $1 }
    }

    func callAsFunction(_ phi: Double) -> Double { PuzzleFunction.evaluate(coefficients, phi) }
}

/// How problem 6.6 classifies a marked point.
public enum PointKind: String, Sendable, CaseIterable {
    case localMinimum = "local minimum"
    case globalMinimum = "global minimum"
    case neither
}

extension FittingModels {
    /// Panels a–c of figure 6.11: a convex bowl; two wells with a hump between; a flat inflection
    /// (slope zero, but not a minimum) followed by a well.
    static let puzzleFunctions = [
        PuzzleFunction(slopeRoots: [0.35]),
        PuzzleFunction(slopeRoots: [0.2, 0.5, 0.85]),
        PuzzleFunction(slopeRoots: [0.3, 0.3, 0.8]),
    ]

    /// Points 1–7 of figure 6.11: (panel index, φ).
    static let puzzlePoints: [(panel: Int, phi: Double)] = [
        (0, 0.35), (0, 0.8), (1, 0.2), (1, 0.5), (1, 0.85), (2, 0.3), (2, 0.8),
    ]

    /// Classifies a point of a 1-D function on [0, 1] numerically: a nonzero slope or a neighbour that is
    /// lower makes it neither; otherwise it is a minimum, global if nothing on [0, 1] is lower.
    static func classify(_ f: (Double) -> Double, at phi: Double) -> PointKind {
        let h = 1e-3
        let slope = (f(phi + 1e-6) - f(phi - 1e-6)) / 2e-6
        guard abs(slope) < 1e-6, f(phi - h) > f(phi), f(phi + h) > f(phi) else { return .neither }
        let lowest = linspace(0...1, 2001).map(f).min()!
        return f(phi) <= lowest + 1e-9 ? .globalMinimum : .localMinimum
    }

    /// Convex on [0, 1] if no second difference on a fine grid is negative.
    static func isConvex(_ f: (Double) -> Double) -> Bool {
        let h = 1e-3
        return linspace(h...(1 - h), 999).allSatisfy { f($0 - h) - 2 * f($0) + f($0 + h) >= -1e-12 }
    }
}
