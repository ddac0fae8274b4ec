import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Figure 4.4: the 1-3-3-1 network of eqs. 4.7–4.9, its three groups of
    /// parameters (θ, ψ, φ′) named above the connections they weight.
    static func figure4_4() -> Figure {
        var diagram = NetworkDiagram(layers: [["x"], ["h_1", "h_2", "h_3"], ["h′_1", "h′_2", "h′_3"], ["y′"]])
        diagram.showBiases = true
        diagram.connectionLabels = ["θ", "ψ", "φ′"]
        return Figure(diagram.axes(), width: 420, height: 300)
    }
}
