import Companion
import Foundation
import Neural
import Plot

extension DeepNetworks {
    /// Figure 4.6: D_i = 3, hidden layers of 4, 2 and 3 units, D_o = 2, with the weight
    /// matrices Ω_k over the connections and the bias vectors β_k under the bias nodes
    /// (eq. 4.15).
    static func figure4_6() -> Figure {
        let sizes = [3, 4, 2, 3, 2]
        var diagram = NetworkDiagram(layers: sizes.map { Array(repeating: "", count: $0) })
        diagram.showBiases = true
        diagram.connectionLabels = (0..<4).map { "Ω_\($0)" }
        diagram.biasLabels = (0..<4).map { "β_\($0)" }
        diagram.layerTitles = ["x", "h_1", "h_2", "h_3", "y"]
        diagram.nodeSize = 22
        return Figure(diagram.axes(), width: 520, height: 400)
    }
}
