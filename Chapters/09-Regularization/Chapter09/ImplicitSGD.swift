import Neural

/// The implicit regularizers of gradient descent and SGD on the Gabor model (figure 9.4, eqs. 9.8–9.10):
/// with L and L_b the **mean** losses over all thirty points and over each of B batches,
/// L̃_SGD = L + (α/4)‖∇L‖² + (α/4B)·Σ_b ‖∇L_b − ∇L‖².
enum ImplicitSGD {
    static let data = BookData.gabor30
    /// Six batches of five consecutive points.
    static let batches: [[Int]] = stride(from: 0, to: 30, by: 5).map { Array($0..<($0 + 5)) }
    /// The step size α the terms are drawn for.
    static let alpha = 0.5

    static func meanLoss(_ phi: [Double], batch: [Int]? = nil) -> Double {
        GaborModel(phi).loss(x: data.x, y: data.y, batch: batch) / Double(batch?.count ?? data.x.count)
    }

    static func meanGradient(_ phi: [Double], batch: [Int]? = nil) -> [Double] {
        GaborModel(phi).gradient(x: data.x, y: data.y, batch: batch).map { $0 / Double(batch?.count ?? data.x.count) }
    }

    /// (α/4)‖∇L‖², eq. 9.8's term.
    static func gradientTerm(_ phi: [Double]) -> Double {
        let g = meanGradient(phi)
        return alpha / 4 * (g[0] * g[0] + g[1] * g[1])
    }

    /// (α/4B)·Σ_b ‖∇L_b − ∇L‖², eq. 9.9's extra term: the spread of the batches' gradients.
    static func batchVarianceTerm(_ phi: [Double]) -> Double {
        let g = meanGradient(phi)
        let spread = batches.reduce(0.0) { total, batch in
            let gb = meanGradient(phi, batch: batch)
            return total + (gb[0] - g[0]) * (gb[0] - g[0]) + (gb[1] - g[1]) * (gb[1] - g[1])
        }
        return alpha / (4 * Double(batches.count)) * spread
    }

    static func modifiedLoss(_ phi: [Double]) -> Double {
        meanLoss(phi) + gradientTerm(phi) + batchVarianceTerm(phi)
    }
}
