import Plot
import Companion

extension DeepNetworks {
    static let figures: [BookFigure] = []
}
