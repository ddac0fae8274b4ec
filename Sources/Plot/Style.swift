/// How a line is stroked.
public struct LineStyle: Sendable, Hashable {
    public var color: Color
    public var width: Double
    /// Alternating on/off lengths in points; empty for a solid line.
    public var dash: [Double]
    public init(color: Color = .black, width: Double = 1.5, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

/// The shape of a scatter marker.
public enum Marker: Sendable, Hashable {
    case circle
    case square
    case triangle
    case diamond
    case cross
    case plus
}

/// How scatter points are drawn. `size` is the marker's diameter in points.
public struct MarkerStyle: Sendable, Hashable {
    public var marker: Marker
    public var size: Double
    public var color: Color
    /// The outline colour; nil draws no outline (crosses and pluses are always stroked in `color`).
    public var edge: Color?
    public var edgeWidth: Double
    public init(
        marker: Marker = .circle, size: Double = 6, color: Color = .bookOrange,
        edge: Color? = nil, edgeWidth: Double = 0.75
    ) {
        self.marker = marker; self.size = size; self.color = color; self.edge = edge; self.edgeWidth = edgeWidth
    }
}

/// Which point of a text's bounding box is placed at the given position.
public enum Anchor: Sendable, Hashable {
    case center, left, right, top, bottom, topLeft, topRight, bottomLeft, bottomRight

    /// Fractions of (width, height) from the top-left corner to the anchor point.
    var fractions: (x: Double, y: Double) {
        switch self {
        case .center: (0.5, 0.5)
        case .left: (0, 0.5)
        case .right: (1, 0.5)
        case .top: (0.5, 0)
        case .bottom: (0.5, 1)
        case .topLeft: (0, 0)
        case .topRight: (1, 0)
        case .bottomLeft: (0, 1)
        case .bottomRight: (1, 1)
        }
    }
}

/// Where a legend box sits inside the plot area.
public enum LegendPosition: Sendable, Hashable {
    case upperLeft, upperRight, lowerLeft, lowerRight, upperCenter, lowerCenter
}

/// The mapping from data values to positions along an axis.
public enum Scale: Sendable, Hashable {
    case linear
    case log
}

/// How a panel's two axes relate.
public enum Aspect: Sendable, Hashable {
    /// Fill the panel.
    case auto
    /// One data unit has the same length on both axes.
    case equal
}

/// How a heat map fills the space between grid points.
public enum Interpolation: Sendable, Hashable {
    /// Smooth bilinear shading between grid values.
    case bilinear
    /// Each grid value fills its own cell (for images).
    case nearest
}

/// Whether a text position is in data coordinates or in fractions of the plot area
/// (0…1 from the bottom-left corner).
public enum Coordinates: Sendable, Hashable {
    case data
    case axes
}
