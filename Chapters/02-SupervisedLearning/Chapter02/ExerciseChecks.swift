import Companion
import Neural

extension SupervisedLearning {

    /// Data the checks use besides the book's twelve points: a falling trend
    /// with negative inputs, and the three points of problem 2.3.
    static let checkData: [(name: String, x: [Double], y: [Double])] = [
        ("the data of figure 2.2", data.x, data.y),
        ("a falling data set", [-1.5, -0.3, 0.2, 0.9, 2.4, 3.1], [2.1, 0.4, 0.9, -0.5, -1.2, -2.8]),
        ("the three points of problem 2.3", threePoints.x, threePoints.y),
    ]

    /// Parameters at which gradients and losses are compared.
    static let probePoints: [(Double, Double)] = [(0.4, 0.2), (1.6, -0.8), (-0.7, 1.3), (2.5, 0.05)]

    static func checkGradient(_ answer: @Sendable (Double, Double, [Double], [Double]) throws -> [Double]) throws {
        for set in checkData {
            for (phi0, phi1) in probePoints {
                let got = try answer(phi0, phi1, set.x, set.y)
                try expectEqual(got.count, 2, "number of partial derivatives")
                let numeric = FiniteDifferences.gradient(
                    { LinearRegression(intercept: $0[0], slope: $0[1]).loss(x: set.x, y: set.y) }, at: [phi0, phi1])
                try expectClose(
                    got, numeric, tolerance: 1e-5,
                    "∂L/∂φ at φ = (\(phi0), \(phi1)) on \(set.name), against finite differences")
            }
        }
    }

    static func checkClosedForm(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        let book = try answer(data.x, data.y)
        try expectEqual(book.count, 2, "number of parameters")
        try expectClose(
            LinearRegression(intercept: book[0], slope: book[1]).loss(x: data.x, y: data.y), 0.20,
            tolerance: 0.005, "the loss of your line on the data of figure 2.2 (the book: L = 0.20)")
        for set in checkData {
            let got = try answer(set.x, set.y)
            let gradient = LinearRegression(intercept: got[0], slope: got[1]).gradient(x: set.x, y: set.y)
            try expectClose(gradient, [0, 0], tolerance: 1e-9, "the gradient at your fit on \(set.name) (must vanish)")
        }
    }

    static func checkGenerativeFit(_ answer: @Sendable ([Double], [Double]) throws -> [Double]) throws {
        for set in checkData {
            let got = try answer(set.x, set.y)
            try expectEqual(got.count, 2, "number of parameters")
            let horizontal = LinearRegression(intercept: got[0], slope: got[1]).gradient(x: set.y, y: set.x)
            try expectClose(
                horizontal, [0, 0], tolerance: 1e-9,
                "the gradient of Σ(φ0 + φ1·y_i − x_i)² at your fit on \(set.name) (must vanish)")
        }
    }

    static func checkGenerativePredict(_ answer: @Sendable (Double, [Double]) throws -> Double) throws {
        for phi in [[0.5, 2.0], [-1.0, 0.25], [3.0, -1.5]] {
            for y in [-1.0, 0.0, 0.7, 2.0] {
                let x = phi[0] + phi[1] * y
                try expectClose(try answer(x, phi), y, tolerance: 1e-9, "the y that generates x = \(x) with φ = \(phi)")
            }
        }
    }

    static func checkSamePredictions(_ answer: @Sendable () throws -> Bool) throws {
        let forward = LinearRegression.fit(x: threePoints.x, y: threePoints.y)
        let backward = LinearRegression.fit(x: threePoints.y, y: threePoints.x)
        let same = abs(forward.predict(0) - (0 - backward.intercept) / backward.slope) < 1e-9
        try expectEqual(try answer(), same, "whether the two fits predict the same y at x = 0")
    }

    static func checkModel(_ answer: @Sendable (Double, Double, Double) throws -> Double) throws {
        for (phi0, phi1) in probePoints {
            for x in [0.0, 0.5, 1.9] {
                try expectClose(
                    try answer(x, phi0, phi1), phi0 + phi1 * x, tolerance: 1e-12,
                    "the prediction at x = \(x) for φ = (\(phi0), \(phi1))")
            }
        }
    }

    static func checkLoss(_ answer: @Sendable ([Double], [Double], Double, Double) throws -> Double) throws {
        try expectClose(
            try answer(data.x, data.y, 0.4, 0.2), 7.07, tolerance: 0.005,
            "the loss of figure 2.2b, φ = (0.4, 0.2) (the book: 7.07)")
        try expectClose(
            try answer(data.x, data.y, 1.6, -0.8), 10.28, tolerance: 0.005,
            "the loss of figure 2.2c, φ = (1.6, −0.8) (the book: 10.28)")
        for set in checkData {
            for (phi0, phi1) in probePoints {
                try expectClose(
                    try answer(set.x, set.y, phi0, phi1),
                    LinearRegression(intercept: phi0, slope: phi1).loss(x: set.x, y: set.y),
                    tolerance: 1e-9, "the loss at φ = (\(phi0), \(phi1)) on \(set.name)")
            }
        }
    }

    static func checkCoordinateDescent(_ answer: @Sendable ([Double], [Double], [Double], Int) throws -> [Double])
        throws
    {
        // Each round minimises exactly along one coordinate, then the other; the gradient of the
        // loss (eq. 2.5's derivatives, from the core) must vanish along the coordinate just set:
        // ∂L/∂φ0 at (φ0 of round r, φ1 of round r − 1) and ∂L/∂φ1 at the result of round r.
        let start = [1.6, -0.8]
        let gradient = { (phi0: Double, phi1: Double) in
            LinearRegression(intercept: phi0, slope: phi1).gradient(x: data.x, y: data.y)
        }
        var previous = start
        for rounds in 1...5 {
            let phi = try answer(data.x, data.y, start, rounds)
            try expectEqual(phi.count, 2, "number of parameters after \(rounds) round(s)")
            try expectClose(
                gradient(phi[0], previous[1])[0], 0, tolerance: 1e-9,
                "∂L/∂φ0 after the φ0 step of round \(rounds) (φ0 = \(phi[0]), φ1 = \(previous[1]))")
            try expectClose(
                gradient(phi[0], phi[1])[1], 0, tolerance: 1e-9,
                "∂L/∂φ1 after round \(rounds) (φ0 = \(phi[0]), φ1 = \(phi[1]))")
            previous = phi
        }
        let settled = try answer(data.x, data.y, start, 200)
        try expectClose(
            settled, LinearRegression.fit(x: data.x, y: data.y).phi, tolerance: 1e-6,
            "[φ0, φ1] after 200 rounds (should reach the least-squares line)")
    }

    static func checkSurface(_ answer: @Sendable ([Double], [Double], [Double], [Double]) throws -> [[Double]]) throws {
        // The notebook's grid: φ0 from 0 to 1.98 and φ1 from −1 to 0.98 in steps of 0.02.
        let phi0s = (0..<100).map { 0.0 + Double($0) * 0.02 }
        let phi1s = (0..<100).map { -1.0 + Double($0) * 0.02 }
        let got = try answer(data.x, data.y, Array(phi0s.prefix(7)), Array(phi1s.prefix(5)))
        try expectEqual(got.count, 5, "number of rows (one per φ1 value)")
        try expectEqual(got.first?.count ?? 0, 7, "number of columns (one per φ0 value)")
        let full = try answer(data.x, data.y, phi0s, phi1s)
        for (j, i) in [(0, 0), (60, 20), (99, 99), (76, 41), (10, 80)] {
            try expectClose(
                full[j][i], LinearRegression(intercept: phi0s[i], slope: phi1s[j]).loss(x: data.x, y: data.y),
                tolerance: 1e-9, "the surface at row \(j), column \(i) (φ0 = \(phi0s[i]), φ1 = \(phi1s[j]))")
        }
    }
}
