import Neural
import Plot

extension FittingModels {
    /// The thirty training pairs of notebooks 6.3 and 6.4 (the book's figure 6.3 has 28 similar points).
    static let gabor = BookData.gabor30

    static func gaborLoss(_ phi: [Double], batch: [Int]? = nil) -> Double {
        GaborModel(phi).loss(x: gabor.x, y: gabor.y, batch: batch)
    }

    static func gaborGradient(_ phi: [Double], batch: [Int]? = nil) -> [Double] {
        GaborModel(phi).gradient(x: gabor.x, y: gabor.y, batch: batch)
    }

    /// The Hessian of the Gabor loss by central differences of the analytic gradient.
    static func gaborHessian(_ phi: [Double]) -> [[Double]] {
        FiniteDifferences.hessian(gradient: { gaborGradient($0) }, at: phi)
    }

    /// The parameter window of figures 6.4–6.7: φ0 ∈ [−10, 10], φ1 ∈ [2.5, 22.5] (notebook 6.3's grid).
    static let gaborWindow = (phi0: -10.0...10.0, phi1: 2.5...22.5)

    /// The Gabor loss on an evenly spaced grid over the window (figure 6.4a and later).
    static func gaborField(samples: Int = 161, batch: [Int]? = nil) -> Field {
        Field(xs: linspace(gaborWindow.phi0, samples), ys: linspace(gaborWindow.phi1, samples)) {
            gaborLoss([$0, $1], batch: batch)
        }
    }

    /// Full-batch gradient descent on the Gabor loss with notebook 6.3's line search (α ∈ [0, 2]).
    static func gaborLineSearchPath(from start: [Double], steps: Int) -> [[Double]] {
        let search = LineSearchGradientDescent(maxDistance: 2.0, threshold: 1e-5, maxIterations: 15)
        var phi = start
        var path = [phi]
        for _ in 0..<steps {
            search.step(&phi, gradient: gaborGradient(phi), loss: { gaborLoss($0) })
            path.append(phi)
        }
        return path
    }
}
