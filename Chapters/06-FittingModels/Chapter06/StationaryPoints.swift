import Neural

extension FittingModels {
    /// Every stationary point of the Gabor loss inside the window of figure 6.4, found by Newton's
    /// method on the gradient from a 15 × 15 grid of starts, lowest loss first.
    static let gaborStationaryPoints = StationaryPoint.all(
        in: (gaborWindow.phi0, gaborWindow.phi1), loss: { gaborLoss($0) }, gradient: { gaborGradient($0) })

    static var gaborMinima: [StationaryPoint] { gaborStationaryPoints.filter { $0.kind == .minimum } }

    /// The saddle point marked in figure 6.4a: of all saddles, the one whose downhill direction is
    /// closest to horizontal (the loss falls along φ0 and rises along φ1, as the caption describes).
    static var gaborSaddle: StationaryPoint {
        gaborStationaryPoints.filter { $0.kind == .saddle }.max {
            abs($0.lowestDirection[0]) < abs($1.lowestDirection[0])
        }!
    }
}
