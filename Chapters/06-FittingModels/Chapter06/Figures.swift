import Companion

extension FittingModels {
    static let figures: [BookFigure] = []
}
