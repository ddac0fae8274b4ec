import Companion

extension ConvolutionalNetworks {
    static let figures: [BookFigure] = []
}
