import Neural

/// Correct answers to the exercises, built on the core's `LinearRegression`.
/// `swift run ch02 check --reference` runs the checks on these.
enum Reference {
    static func lossGradient(phi0: Double, phi1: Double, x: [Double], y: [Double]) throws -> [Double] {
        LinearRegression(intercept: phi0, slope: phi1).gradient(x: x, y: y)
    }

    static func closedFormFit(x: [Double], y: [Double]) throws -> [Double] {
        LinearRegression.fit(x: x, y: y).phi
    }

    static func generativeFit(x: [Double], y: [Double]) throws -> [Double] {
        LinearRegression.fit(x: y, y: x).phi
    }

    static func generativePredict(x: Double, phi: [Double]) throws -> Double {
        (x - phi[0]) / phi[1]
    }

    static func generativeMatchesDiscriminative() throws -> Bool { false }

    static func linearModel(x: Double, phi0: Double, phi1: Double) throws -> Double {
        LinearRegression(intercept: phi0, slope: phi1).predict(x)
    }

    static func computeLoss(x: [Double], y: [Double], phi0: Double, phi1: Double) throws -> Double {
        LinearRegression(intercept: phi0, slope: phi1).loss(x: x, y: y)
    }

    /// Each half-step is a 1-D least-squares problem with a closed form:
    /// φ0 = mean(y − φ1·x), then φ1 = Σ x(y − φ0) / Σ x².
    static func coordinateDescent(x: [Double], y: [Double], start: [Double], rounds: Int) throws -> [Double] {
        var phi0 = start[0]
        var phi1 = start[1]
        let sxx = x.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<rounds {
            phi0 = zip(x, y).reduce(0) { $0 + $1.1 - phi1 * $1.0 } / Double(x.count)
            phi1 = zip(x, y).reduce(0) { $0 + $1.0 * ($1.1 - phi0) } / sxx
        }
        return [phi0, phi1]
    }

    static func lossSurface(x: [Double], y: [Double], phi0Values: [Double], phi1Values: [Double]) throws -> [[Double]] {
        phi1Values.map { phi1 in
            phi0Values.map { phi0 in LinearRegression(intercept: phi0, slope: phi1).loss(x: x, y: y) }
        }
    }
}
