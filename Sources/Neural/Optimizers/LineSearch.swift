/// The four points `a ≤ b ≤ c ≤ d` of the bracketing line search (figure 6.10).
public struct Bracket: Sendable, Hashable {
    public var a, b, c, d: Double

    public init(a: Double, b: Double, c: Double, d: Double) {
        (self.a, self.b, self.c, self.d) = (a, b, c, d)
    }
}

/// Finds the minimum of a 1-D function on [a, d] by the four-point bracketing search of
/// figure 6.10 and notebook 6.1. While `|b − c| > threshold` and fewer than `maxIterations`
/// iterations have run, evaluate the loss at the four points and apply the first rule that fits:
///
/// 1. L(a) is the smallest of the four (ties go to a): move b, c and d halfway towards a.
/// 2. L(b) < L(c): the minimum is left of c, so d ← c and b, c go to the thirds of [a, d].
/// 3. otherwise: the minimum is right of b, so a ← b and b, c go to the thirds of [a, d].
///
/// Returns `(b + c)/2`. `observe` sees each iteration number (from 1) and the bracket
/// before its rule is applied, matching the notebook's printout.
public func lineSearch(
    loss: (Double) -> Double,
    a: Double = 0, b: Double = 0.33, c: Double = 0.66, d: Double = 1,
    threshold: Double = 1e-4, maxIterations: Int = 10,
    observe: (_ iteration: Int, _ bracket: Bracket) -> Void = { _, _ in }
) -> Double {
    var x = Bracket(a: a, b: b, c: c, d: d)
    var iteration = 0
    while abs(x.b - x.c) > threshold && iteration < maxIterations {
        iteration += 1
        let (la, lb, lc, ld) = (loss(x.a), loss(x.b), loss(x.c), loss(x.d))
        observe(iteration, x)
        if la <= lb && la <= lc && la <= ld {
            x.b = x.a + (x.b - x.a) / 2
            x.c = x.a + (x.c - x.a) / 2
            x.d = x.a + (x.d - x.a) / 2
        } else if lb < lc {
            x.d = x.c
            x.b = x.a + (x.d - x.a) / 3
            x.c = x.a + 2 * (x.d - x.a) / 3
        } else {
            x.a = x.b
            x.b = x.a + (x.d - x.a) / 3
            x.c = x.a + 2 * (x.d - x.a) / 3
        }
    }
    return (x.b + x.c) / 2
}

/// Steepest descent with a line search at every step (figures 2.4 and 6.1, notebook 6.2):
/// the step α minimises `L(φ − α g)` over `[0, maxDistance]`, searched from the bracket
/// `(0, 0.33, 0.66, 1) · maxDistance`, and then `φ ← φ − α g`. PyTorch's optimisers take
/// fixed steps; only `LBFGS` offers a (different, strong-Wolfe) line search.
public struct LineSearchGradientDescent: Sendable, Hashable {
    /// The far end d of the initial bracket (notebook 6.2: 0.1; notebook 6.3: 2.0).
    public var maxDistance: Double
    /// Stop when `|b − c|` falls below this (notebook 6.2: 1e-5).
    public var threshold: Double
    /// Maximum number of bracket updates (notebook 6.2: 15).
    public var maxIterations: Int

    public init(maxDistance: Double = 0.1, threshold: Double = 1e-5, maxIterations: Int = 15) {
        self.maxDistance = maxDistance
        self.threshold = threshold
        self.maxIterations = maxIterations
    }

    /// One step from `parameters` along `−gradient`; returns the chosen step size α.
    @discardableResult
    public func step(
        _ parameters: inout [Double], gradient: [Double], loss: ([Double]) -> Double
    ) -> Double {
        let start = parameters
        let alpha = lineSearch(
            loss: { distance in
                var probe = start
                probe.add(gradient, scaledBy: -distance)
                return loss(probe)
            },
            a: 0, b: 0.33 * maxDistance, c: 0.66 * maxDistance, d: maxDistance,
            threshold: threshold, maxIterations: maxIterations)
        parameters.add(gradient, scaledBy: -alpha)
        return alpha
    }
}
