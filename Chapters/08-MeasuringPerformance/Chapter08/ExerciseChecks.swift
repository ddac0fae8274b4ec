import Companion
import Foundation
import Neural

extension MeasuringPerformance {
    static func checkFirstLayer(_ answer: @Sendable () throws -> [[Double]]) throws {
        let units = try answer()
        try expectEqual(units.map(\.count), [2, 2, 2], "three hidden units, each [bias, weight]")
        // Figure 8.4b–d: slope one, joints at 0, 1/3 and 2/3.
        for (d, joint) in [0.0, 1.0 / 3, 2.0 / 3].enumerated() {
            for x in stride(from: -0.5, through: 1.5, by: 0.125) {
                try expectClose(
                    max(units[d][1] * x + units[d][0], 0), max(x - joint, 0), tolerance: 1e-12,
                    "hidden unit \(d + 1) at x = \(x) (slope one, joint at \(Narrator.format(joint, digits: 3)))")
            }
        }
    }

    /// Training sets for the fit: figure 8.3's kind of data and a hand-made set.
    static func fitData() -> [(name: String, x: [Double], y: [Double])] {
        var random = NumPyRandomState(seed: 3)
        let toy = ToyRegression.sample(count: 15, random: &random)
        return [
            ("15 points of figure 8.3's kind", toy.x, toy.y),
            ("six hand-made points", [0.05, 0.2, 0.4, 0.55, 0.8, 0.95], [1.0, 2.5, 0.5, -1.0, 0.0, 2.0]),
        ]
    }

    static func checkThreeRegionFit(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for set in fitData() {
            let phi = try answer(set.x, set.y)
            try expectEqual(phi.count, 4, "number of parameters [β, ω1, ω2, ω3]")
            // At the least-squares fit the gradient of Σ(f[x_i] − y_i)² vanishes (the normal equations).
            let residuals = zip(set.x, set.y).map { x, y in
                phi[0] + (0..<3).reduce(0) { $0 + phi[$1 + 1] * max(x - Double($1) / 3, 0) } - y
            }
            let gradient = (0..<4).map { j in
                zip(set.x, residuals).reduce(0) { $0 + 2 * $1.1 * (j == 0 ? 1 : max($1.0 - Double(j - 1) / 3, 0)) }
            }
            try expectClose(gradient, [0, 0, 0, 0], tolerance: 1e-9, "∂L/∂φ at your fit on \(set.name) (must vanish)")
        }
    }

    static func checkParameterCount(_ answer: @Sendable (Int) throws -> Int) throws {
        try expectEqual(try answer(200), 50_410, "parameters with 200 hidden units per layer (problem 8.4)")
        for d in [1, 2, 10, 57, 400] {
            // (40 + 1)·D weights and biases into the first layer, (D + 1)·D into the second, (D + 1)·10 out.
            try expectEqual(try answer(d), 41 * d + (d + 1) * d + (d + 1) * 10, "parameters with D = \(d)")
        }
    }

    static func checkHypersphereVolume(_ answer: @Sendable (Double, Int) throws -> Double) throws {
        for r in [0.5, 1.0, 2.0] {
            try expectClose(try answer(r, 1), 2 * r, tolerance: 1e-12, "the length of a 1-D ball of radius \(r)")
            try expectClose(try answer(r, 2), Double.pi * r * r, tolerance: 1e-12, "a disc of radius \(r)")
            try expectClose(try answer(r, 3), 4 / 3 * Double.pi * r * r * r, tolerance: 1e-12, "a ball of radius \(r)")
            for d in 3...20 {
                // V_D = (2π r² / D) · V_{D−2}.
                let expected = 2 * Double.pi * r * r / Double(d) * (try answer(r, d - 2))
                try expectClose(try answer(r, d), expected, tolerance: 1e-10, "D = \(d), radius \(r), against V_{D−2}")
            }
        }
    }

    static func checkOuterShell(_ answer: @Sendable (Int) throws -> Double) throws {
        for d in [1, 2, 3, 10, 100, 300, 1000] {
            // The inner ball of radius 0.99 holds 0.99^D of the volume.
            try expectClose(try answer(d), 1 - pow(0.99, Double(d)), tolerance: 1e-12, "D = \(d)")
        }
    }

    static func checkDistanceRatio(_ answer: @Sendable ([[Double]]) throws -> Double) throws {
        try expectClose(try answer([[0, 0], [3, 0], [0, 4]]), 5.0 / 3, tolerance: 1e-12, "a 3-4-5 triangle")
        var random = NumPyRandomState(seed: 8)
        for d in [1, 3, 50] {
            let points = (0..<30).map { _ in random.normal(count: d) }
            var distances: [Double] = []
            for i in points.indices {
                for j in (i + 1)..<points.count {
                    distances.append(
                        zip(points[i], points[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
                }
            }
            try expectClose(
                try answer(points), distances.max()! / distances.min()!, tolerance: 1e-9,
                "30 normal points in \(d) dimension(s)")
        }
    }

    static func checkBiasAndVariance(_ answer: @Sendable ([[Double]], [Double]) throws -> [Double]) throws {
        // Means 2 and 3 against truth 1: bias ((1)² + (2)²)/2 = 2.5; each input's values differ by ±1: variance 1.
        try expectClose(
            try answer([[1, 2], [3, 4]], [1, 1]), [2.5, 1], tolerance: 1e-12, "two models at two inputs")
        try expectClose(
            try answer([[0, 0, 0], [0, 0, 0], [0, 0, 0]], [1, -1, 2]), [2, 0], tolerance: 1e-12,
            "identical models: no variance, bias (1 + 1 + 4)/3")
        try expectClose(
            try answer([[2], [4], [9]], [5]), [0, 26.0 / 3], tolerance: 1e-12,
            "three models at one input whose mean is the truth (population variance)")
    }
}

extension MeasuringPerformance {
    static func checkCosineSpread(_ answer: @Sendable (Int) throws -> Double) throws {
        var random = NumPyRandomState(seed: 11)
        for d in [2, 10, 100, 1000] {
            // 600 pairs of normal points: the sample spread of the cosine lies within 12 % (four standard
            // errors) of the true one.
            let cosines = (0..<600).map { _ in
                let (a, b) = (random.normal(count: d), random.normal(count: d))
                let dot = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
                return dot / (a.reduce(0) { $0 + $1 * $1 } * b.reduce(0) { $0 + $1 * $1 }).squareRoot()
            }
            let spread = (cosines.reduce(0) { $0 + $1 * $1 } / Double(cosines.count)).squareRoot()
            try expectClose(try answer(d), spread, tolerance: 0.12 * spread, "D = \(d), against 600 sampled pairs")
        }
        try expectThat(try answer(1000) < 0.04, "in 1000 dimensions the angle is within a few degrees of 90°")
    }

    static func checkDistanceDensity(_ answer: @Sendable (Double, Int) throws -> Double) throws {
        for r in [0.3, 1.0, 2.5] {
            // One dimension: twice the normal density; two: Rayleigh; three: Maxwell.
            try expectClose(
                try answer(r, 1), 2 * exp(-r * r / 2) / (2 * Double.pi).squareRoot(), tolerance: 1e-12,
                "D = 1, r = \(r)")
            try expectClose(try answer(r, 2), r * exp(-r * r / 2), tolerance: 1e-12, "D = 2, r = \(r)")
            try expectClose(
                try answer(r, 3), (2 / Double.pi).squareRoot() * r * r * exp(-r * r / 2), tolerance: 1e-12,
                "D = 3, r = \(r)")
        }
        for d in [25, 100, 500] {
            // A density: it integrates to one (midpoint rule on [0, √D + 10]).
            let top = Double(d).squareRoot() + 10
            let n = 4000
            let h = top / Double(n)
            let total = try (0..<n).reduce(0.0) { $0 + h * (try answer((Double($1) + 0.5) * h, d)) }
            try expectClose(total, 1, tolerance: 1e-6, "the integral of your density for D = \(d)")
        }
    }
}

extension MeasuringPerformance {
    static func checkCrossEntropyAtMargin(_ answer: @Sendable (Double, Int) throws -> Double) throws {
        for classes in [2, 10] {
            var previous = Double.infinity
            for margin in [0.0, 0.5, 1, 2, 5, 10, 20, 30] {
                // The core's cross-entropy of the logits [m, 0, …, 0] with class 0 correct.
                var logits = [Double](repeating: 0, count: classes)
                logits[0] = margin
                let expected = CrossEntropy(reduction: .sum).value(
                    output: Matrix(rows: classes, cols: 1, data: logits), target: [0])
                let got = try answer(margin, classes)
                try expectClose(got, expected, tolerance: 1e-9, "\(classes) classes, margin \(margin)")
                try expectThat(got > 0, "the loss at margin \(margin) should still be positive, got \(got)")
                try expectThat(got < previous, "the loss should fall as the margin grows (margin \(margin))")
                previous = got
            }
        }
    }

    static func checkExactFitLikelihood(_ answer: @Sendable (Double) throws -> Double) throws {
        for sigma in [2.0, 1, 0.3, 1e-2, 1e-6] {
            // −log of the normal density at its own mean.
            let expected = -log(1 / (2 * Double.pi * sigma * sigma).squareRoot())
            try expectClose(try answer(sigma), expected, tolerance: 1e-9, "σ = \(sigma)")
        }
        // Each tenfold shrink of σ lowers the loss by log 10: no minimum, so the fit drives σ to zero.
        try expectClose(
            try answer(1e-8) - answer(1e-7), -log(10.0), tolerance: 1e-9, "the change from σ = 1e-7 to 1e-8")
    }
}
