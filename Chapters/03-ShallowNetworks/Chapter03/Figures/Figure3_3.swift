import Companion
import Foundation
import Neural
import Plot

extension ShallowNetworks {
    /// Figure 3.3.
    static func figure3_3() -> Figure {
        stageFigure(figure33, shaded: 1)
    }
}
