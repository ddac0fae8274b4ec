import Companion

extension ShallowNetworks {
    static let figures: [BookFigure] = []
}
