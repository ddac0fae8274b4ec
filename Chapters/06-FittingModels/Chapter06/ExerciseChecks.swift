import Companion

extension FittingModels {
    static let exercises: [Exercise] = []
}
