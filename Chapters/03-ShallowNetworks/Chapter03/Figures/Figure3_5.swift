import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Draws figure 3.5 (its caption is in `Figures.swift`): D hidden units make D linear regions on [0, 1],
    /// separated by the D − 1 joints (dots) inside it.
    static func figure3_5() -> Figure {
        var fig = Figure(columns: 3, rows: 1, panelWidth: 260, panelHeight: 230)
        for (index, d) in figure35Sizes.enumerated() {
            let net = interpolatingNetwork(hiddenUnits: d, smoothTarget)
            let inside = net.joints.filter { $0 > 0 && $0 < 1 }
            // The network is linear between its joints: the joints and the ends draw it exactly.
            let xs = [0] + inside + [1]
            fig.panel(index) { ax in
                ax.xLimits = 0...1; ax.yLimits = -1...1.25
                ax.title = "\(d) hidden units, \(d) regions"
                ax.xLabel = "Input, x"
                if index == 0 { ax.yLabel = "Output, y" }
                ax.function(smoothTarget, over: 0...1, samples: 400, color: .black, width: 1.2, dash: [5, 4])
                ax.line(x: xs, y: xs.map(net.callAsFunction), color: .bookCyan, width: 2.5)
                ax.scatter(x: inside, y: inside.map(net.callAsFunction), color: .bookCyan, size: 5, edge: .black)
            }
        }
        return fig
    }
}
