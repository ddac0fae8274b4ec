import Companion
import Plot

extension GradientsAndInitialization {
    static let figures: [BookFigure] = []
}
