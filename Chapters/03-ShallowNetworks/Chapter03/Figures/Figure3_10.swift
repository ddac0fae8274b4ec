import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.10 (its caption is in `Figures.swift`): D_i = 1, 2, 3 inputs with D_i hidden units
    /// whose joints lie on the coordinate axes / planes, each region labelled by its activation pattern.
    static func figure3_10() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 250, panelHeight: 250)
        let colors = (0..<8).map { Colormap.viridis.color(at: 0.15 + 0.8 * Double($0) / 7).withAlpha(0.45) }

        // (a) One input: the joint at x = 0 splits the line into two regions.
        var line = Axes()
        line.xLimits = -1.2...1.2; line.yLimits = -1...1
        line.yTicks = []; line.xTicks = [-1, 0, 1]
        line.frame = false
        line.xLabel = "x_1"
        for (k, range) in [-1.0...0.0, 0.0...1.0].enumerated() {
            line.fillBetween(
                x: [range.lowerBound, range.upperBound], lower: [-0.12, -0.12], upper: [0.12, 0.12],
                color: colors[k * 7])
        }
        line.line(x: [-1, 1], y: [0, 0], color: .black, width: 1.2)
        line.vline(x: 0, color: .bookCyan, width: 2)
        for (x, label) in zip([-0.5, 0.5], patternLabels([[-0.5], [0.5]])) {
            line.text(label, at: Point(x, 0.25), anchor: .bottom, size: 11)
        }
        line.title = "1 unit: 2 regions"
        fig[0] = line

        // (b) Two inputs: the joint lines x_1 = 0 and x_2 = 0 make four quadrants.
        var plane = Axes()
        plane.aspect = .equal
        plane.xLimits = -1...1; plane.yLimits = -1...1
        plane.xTicks = [-1, 0, 1]; plane.yTicks = [-1, 0, 1]
        plane.xLabel = "x_1"; plane.yLabel = "x_2"
        let centres = [[-0.5, -0.5], [0.5, -0.5], [-0.5, 0.5], [0.5, 0.5]]
        for (k, (c, label)) in zip(centres, patternLabels(centres)).enumerated() {
            plane.fillBetween(
                x: [c[0] - 0.5, c[0] + 0.5], lower: [c[1] - 0.5, c[1] - 0.5], upper: [c[1] + 0.5, c[1] + 0.5],
                color: colors[[0, 2, 5, 7][k]])
            plane.text(label, at: Point(c[0], c[1]), size: 11)
        }
        plane.vline(x: 0, color: .bookCyan, width: 2)
        plane.hline(y: 0, color: .bookCyan, width: 2)
        plane.title = "2 units: 4 regions"
        fig[1] = plane

        // (c) Three inputs in an oblique view: the planes x_d = 0 cut the cube into eight octants.
        var cube = Axes()
        cube.aspect = .equal
        cube.frame = false
        cube.xTicks = []; cube.yTicks = []
        cube.xLimits = -1.85...1.6; cube.yLimits = -1.5...1.65
        let depth = (x: 0.45 * cos(Double.pi / 6), y: 0.45 * sin(Double.pi / 6))
        func project(_ p: [Double]) -> Point { Point(p[0] + depth.x * p[2], p[1] + depth.y * p[2]) }
        // The three cutting planes, each a parallelogram, filled faintly and outlined in cyan.
        let planes: [[[Double]]] = [
            [[0, -1, -1], [0, 1, -1], [0, 1, 1], [0, -1, 1]],
            [[-1, 0, -1], [1, 0, -1], [1, 0, 1], [-1, 0, 1]],
            [[-1, -1, 0], [1, -1, 0], [1, 1, 0], [-1, 1, 0]],
        ]
        for corners in planes {
            let outline = (corners + [corners[0]]).map(project)
            fillConvex(outline, on: &cube, color: Color.bookCyan.withAlpha(0.18))
            cube.line(x: outline.map(\.x), y: outline.map(\.y), color: .bookCyan, width: 1.2)
        }
        // The cube's twelve edges.
        for a in [-1.0, 1.0] {
            for b in [-1.0, 1.0] {
                for axis in 0..<3 {
                    var from = [a, b]; from.insert(-1, at: axis)
                    var to = [a, b]; to.insert(1, at: axis)
                    let (p, q) = (project(from), project(to))
                    cube.line(x: [p.x, q.x], y: [p.y, q.y], color: .black, width: 0.8)
                }
            }
        }
        let octants = [-0.5, 0.5].flatMap { z in [-0.5, 0.5].flatMap { y in [-0.5, 0.5].map { x in [x, y, z] } } }
        for (centre, label) in zip(octants, patternLabels(octants)) {
            cube.text(label, at: project(centre), size: 9)
        }
        // Each axis named at the middle of one of its edges.
        let x1 = project([0, -1, -1])
        let x2 = project([-1, 0, -1])
        let x3 = project([1, -1, 0])
        cube.text("x_1", at: Point(x1.x, x1.y - 0.08), anchor: .top, size: 10)
        cube.text("x_2", at: Point(x2.x - 0.08, x2.y), anchor: .right, size: 10)
        cube.text("x_3", at: Point(x3.x + 0.06, x3.y - 0.06), anchor: .topLeft, size: 10)
        cube.title = "3 units: 8 regions"
        fig[2] = cube
        return fig
    }

    /// Fills a convex polygon (its outline closed, first point repeated last) as the band between its lower
    /// and upper boundary over x.
    private static func fillConvex(_ outline: [Point], on axes: inout Axes, color: Color) {
        let xs = Array(Set(outline.map(\.x))).sorted()
        let edges = zip(outline, outline.dropFirst()).filter { $0.x != $1.x }
        func heights(at x: Double) -> [Double] {
            edges.compactMap { p, q in
                guard x >= min(p.x, q.x) - 1e-12, x <= max(p.x, q.x) + 1e-12 else { return nil }
                return p.y + (x - p.x) / (q.x - p.x) * (q.y - p.y)
            }
        }
        axes.fillBetween(
            x: xs, lower: xs.map { heights(at: $0).min()! }, upper: xs.map { heights(at: $0).max()! }, color: color)
    }
}
