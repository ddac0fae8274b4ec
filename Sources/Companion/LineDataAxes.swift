import Plot

extension Axes {
    /// The panel the book draws the twelve points of figure 2.2 in (figures 2.1–2.4 and 6.1):
    /// input and output both in [0, 2] on equal scales, with the book's axis labels.
    public static func lineDataPlane() -> Axes {
        var axes = Axes()
        axes.xLimits = 0...2
        axes.yLimits = 0...2
        axes.aspect = .equal
        axes.xLabel = "Input, x"
        axes.yLabel = "Output, y"
        return axes
    }
}
