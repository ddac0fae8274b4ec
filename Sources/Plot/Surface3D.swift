/// A 3-D view of a field z = f(x, y): shaded quads drawn back to front inside a box with
/// labelled axes, plus optional markers and paths on or above the surface.
public struct Surface3D: Sendable {
    public var field: Field
    public var colormap: Colormap = .udlLoss
    /// The values mapped to the ends of the colormap; nil uses the field's range.
    public var colorRange: ClosedRange<Double>?
    /// The vertical extent of the box; nil uses the field's range.
    public var zLimits: ClosedRange<Double>?
    /// Degrees above the x–y plane that the viewer looks from.
    public var elevation: Double = 30
    /// Degrees of rotation of the viewer about the vertical axis (matplotlib's convention).
    public var azimuth: Double = -60
    /// Grid lines drawn over the quads; nil for none.
    public var wireframe: Color? = Color.black.withAlpha(0.18)
    /// How strongly the light direction darkens tilted quads, 0…1.
    public var shading: Double = 0.35
    /// Reverse the direction of the x or y axis in the box.
    public var invertX = false
    public var invertY = false
    public var xLabel: String?
    public var yLabel: String?
    public var zLabel: String?
    public var title: String?
    /// The panel letter; nil lets the figure assign it.
    public var letter: String?

    var markers: [(x: Double, y: Double, z: Double, style: MarkerStyle)] = []
    var paths: [(x: [Double], y: [Double], z: [Double], style: LineStyle)] = []

    public init(_ field: Field) { self.field = field }

    /// Markers at the given 3-D points; parts of the surface in front of them hide them.
    public mutating func points(
        x: [Double], y: [Double], z: [Double], color: Color = .bookCyan, size: Double = 7,
        marker: Marker = .circle, edge: Color? = .black
    ) {
        let style = MarkerStyle(marker: marker, size: size, color: color, edge: edge)
        for k in 0..<min(x.count, y.count, z.count) { markers.append((x[k], y[k], z[k], style)) }
    }

    /// A polyline through 3-D points; parts of the surface in front of it hide it.
    public mutating func path(x: [Double], y: [Double], z: [Double], color: Color = .pathTeal, width: Double = 2) {
        paths.append((x, y, z, LineStyle(color: color, width: width)))
    }
}
