import Foundation
import Neural
import Plot

/// A point where the gradient vanishes, classified by the signs of the Hessian's eigenvalues
/// (the Notes of chapter 6, eq. 6.19).
struct StationaryPoint: Sendable {
    enum Kind: String, Sendable { case minimum, saddle, maximum }

    let phi: [Double]
    let loss: Double
    /// The Hessian's eigenvalues, smallest first.
    let eigenvalues: [Double]
    /// The unit eigenvector of the smallest eigenvalue (the downhill direction at a saddle).
    let lowestDirection: [Double]

    var kind: Kind {
        if eigenvalues[0] > 0 { return .minimum }
        if eigenvalues[1] < 0 { return .maximum }
        return .saddle
    }
}

/// Eigenvalues (ascending) and the eigenvector of the smaller one for a symmetric 2×2 matrix.
func symmetricEigen(_ h: [[Double]]) -> (values: [Double], lowest: [Double]) {
    let mean = (h[0][0] + h[1][1]) / 2
    let half = (h[0][0] - h[1][1]) / 2
    let radius = (half * half + h[0][1] * h[0][1]).squareRoot()
    let low = mean - radius
    var v = abs(h[0][1]) > 1e-14 ? [h[0][1], low - h[0][0]] : (h[0][0] <= h[1][1] ? [1.0, 0] : [0, 1.0])
    let norm = (v[0] * v[0] + v[1] * v[1]).squareRoot()
    v = [v[0] / norm, v[1] / norm]
    return ([low, mean + radius], v)
}

extension FittingModels {
    /// Every stationary point of the Gabor loss inside the window of figure 6.4, found by Newton's
    /// method on the gradient from a 15 × 15 grid of starts, lowest loss first.
    static let gaborStationaryPoints: [StationaryPoint] = {
        var found: [StationaryPoint] = []
        for start0 in linspace(gaborWindow.phi0, 15) {
            for start1 in linspace(gaborWindow.phi1, 15) {
                guard let phi = newtonStationary(from: [start0, start1]),
                    gaborWindow.phi0.contains(phi[0]), gaborWindow.phi1.contains(phi[1]),
                    !found.contains(where: { abs($0.phi[0] - phi[0]) + abs($0.phi[1] - phi[1]) < 1e-4 })
                else { continue }
                let eigen = symmetricEigen(gaborHessian(phi))
                found.append(
                    StationaryPoint(
                        phi: phi, loss: gaborLoss(phi), eigenvalues: eigen.values,
                        lowestDirection: eigen.lowest))
            }
        }
        return found.sorted { $0.loss < $1.loss }
    }()

    static var gaborMinima: [StationaryPoint] { gaborStationaryPoints.filter { $0.kind == .minimum } }

    /// The saddle point marked in figure 6.4a: of all saddles, the one whose downhill direction is
    /// closest to horizontal (the loss falls along φ0 and rises along φ1, as the caption describes).
    static var gaborSaddle: StationaryPoint {
        gaborStationaryPoints.filter { $0.kind == .saddle }.max {
            abs($0.lowestDirection[0]) < abs($1.lowestDirection[0])
        }!
    }

    /// Newton's method φ ← φ − H⁻¹g with steps capped at length 1; nil if it does not converge.
    static func newtonStationary(from start: [Double]) -> [Double]? {
        var phi = start
        for _ in 0..<60 {
            let g = gaborGradient(phi)
            if (g[0] * g[0] + g[1] * g[1]).squareRoot() < 1e-10 { return phi }
            let h = gaborHessian(phi)
            let det = h[0][0] * h[1][1] - h[0][1] * h[1][0]
            guard abs(det) > 1e-12 else { return nil }
            var step = [(h[1][1] * g[0] - h[0][1] * g[1]) / det, (h[0][0] * g[1] - h[1][0] * g[0]) / det]
            let length = (step[0] * step[0] + step[1] * step[1]).squareRoot()
            if length > 1 { step = [step[0] / length, step[1] / length] }
            phi = [phi[0] - step[0], phi[1] - step[1]]
        }
        let g = gaborGradient(phi)
        return (g[0] * g[0] + g[1] * g[1]).squareRoot() < 1e-8 ? phi : nil
    }
}
