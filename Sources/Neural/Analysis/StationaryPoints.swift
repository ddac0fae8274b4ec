/// A point where the gradient of a function of two parameters vanishes, classified by the signs
/// of the Hessian's eigenvalues (the notes of chapter 6, eq. 6.19).
public struct StationaryPoint: Sendable {
    public enum Kind: String, Sendable { case minimum, saddle, maximum }

    public let phi: [Double]
    /// The function's value there (the loss).
    public let loss: Double
    /// The Hessian's eigenvalues, smallest first.
    public let eigenvalues: [Double]
    /// The unit eigenvector of the smallest eigenvalue (the downhill direction at a saddle).
    public let lowestDirection: [Double]

    public var kind: Kind {
        if eigenvalues[0] > 0 { return .minimum }
        if eigenvalues[1] < 0 { return .maximum }
        return .saddle
    }

    /// Every stationary point of `loss` inside the window, found by Newton's method on `gradient`
    /// from a `starts` × `starts` grid (steps capped at length 1), lowest value first. The Hessian
    /// is the central difference of the gradient.
    public static func all(
        in window: (ClosedRange<Double>, ClosedRange<Double>), starts: Int = 15,
        loss: ([Double]) -> Double, gradient: ([Double]) -> [Double]
    ) -> [StationaryPoint] {
        func hessian(_ phi: [Double]) -> [[Double]] { FiniteDifferences.hessian(gradient: gradient, at: phi) }
        var found: [StationaryPoint] = []
        for start0 in linspace(window.0, starts) {
            for start1 in linspace(window.1, starts) {
                guard let phi = newton(from: [start0, start1], gradient: gradient, hessian: hessian),
                    window.0.contains(phi[0]), window.1.contains(phi[1]),
                    !found.contains(where: { abs($0.phi[0] - phi[0]) + abs($0.phi[1] - phi[1]) < 1e-4 })
                else { continue }
                let eigen = symmetricEigen(hessian(phi))
                found.append(
                    StationaryPoint(phi: phi, loss: loss(phi), eigenvalues: eigen.values, lowestDirection: eigen.lowest)
                )
            }
        }
        return found.sorted { $0.loss < $1.loss }
    }

    /// Newton's method φ ← φ − H⁻¹g with steps capped at length 1; nil if it does not converge.
    static func newton(
        from start: [Double], gradient: ([Double]) -> [Double], hessian: ([Double]) -> [[Double]]
    ) -> [Double]? {
        var phi = start
        for _ in 0..<60 {
            let g = gradient(phi)
            if (g[0] * g[0] + g[1] * g[1]).squareRoot() < 1e-10 { return phi }
            let h = hessian(phi)
            let det = h[0][0] * h[1][1] - h[0][1] * h[1][0]
            guard abs(det) > 1e-12 else { return nil }
            var step = [(h[1][1] * g[0] - h[0][1] * g[1]) / det, (h[0][0] * g[1] - h[1][0] * g[0]) / det]
            let length = (step[0] * step[0] + step[1] * step[1]).squareRoot()
            if length > 1 { step = [step[0] / length, step[1] / length] }
            phi = [phi[0] - step[0], phi[1] - step[1]]
        }
        let g = gradient(phi)
        return (g[0] * g[0] + g[1] * g[1]).squareRoot() < 1e-8 ? phi : nil
    }
}

/// Eigenvalues (ascending) and the unit eigenvector of the smaller one for a symmetric 2×2 matrix.
public func symmetricEigen(_ h: [[Double]]) -> (values: [Double], lowest: [Double]) {
    let mean = (h[0][0] + h[1][1]) / 2
    let half = (h[0][0] - h[1][1]) / 2
    let radius = (half * half + h[0][1] * h[0][1]).squareRoot()
    let low = mean - radius
    var v = abs(h[0][1]) > 1e-14 ? [h[0][1], low - h[0][0]] : (h[0][0] <= h[1][1] ? [1.0, 0] : [0, 1.0])
    let norm = (v[0] * v[0] + v[1] * v[1]).squareRoot()
    v = [v[0] / norm, v[1] / norm]
    return ([low, mean + radius], v)
}
