import Companion

extension SupervisedLearning {
    static let figures: [BookFigure] = []
}
