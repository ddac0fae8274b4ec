import Foundation
import Neural

/// Correct answers to the exercises, built on the core's `SimplifiedModel`.
/// `swift run ch08 check --reference` runs the checks on these.
enum Reference {
    static func firstLayerOfFigure84() throws -> [[Double]] {
        SimplifiedModel.joints(3).map { [-$0, 1] }
    }

    static func fitThreeRegionModel(x: [Double], y: [Double]) throws -> [Double] {
        let model = SimplifiedModel.fit(x: x, y: y, hiddenUnits: 3)
        return [model.beta] + model.omega
    }

    static func doubleDescentParameterCount(hiddenUnits: Int) throws -> Int {
        Network(sizes: [40, hiddenUnits, hiddenUnits, 10]).parameterCount
    }

    static func hypersphereVolume(radius: Double, dimension: Int) throws -> Double {
        HighDimensions.ballVolume(radius: radius, dimension: dimension)
    }

    static func outerShellProportion(dimension: Int) throws -> Double {
        HighDimensions.outerShellShare(dimension: dimension)
    }

    static func distanceRatio(points: [[Double]]) throws -> Double {
        let x = Matrix(rows: points[0].count, cols: points.count) { i, j in points[j][i] }
        return HighDimensions.distanceRatio(x)
    }

    static func biasAndVariance(predictions: [[Double]], truth: [Double]) throws -> [Double] {
        let k = Double(predictions.count)
        let mean = truth.indices.map { i in predictions.reduce(0) { $0 + $1[i] } / k }
        let bias = zip(mean, truth).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(truth.count)
        let variance =
            truth.indices.reduce(0) { total, i in
                total + predictions.reduce(0) { $0 + ($1[i] - mean[i]) * ($1[i] - mean[i]) } / k
            } / Double(truth.count)
        return [bias, variance]
    }
}

extension Reference {
    /// E[cos²θ] = 1/D by symmetry, so the spread is 1/√D.
    static func cosineSpread(dimension: Int) throws -> Double { 1 / Double(dimension).squareRoot() }

    static func distanceDensity(r: Double, dimension: Int) throws -> Double {
        HighDimensions.chiDensity(r, dimension: dimension)
    }
}

extension Reference {
    /// −log softmax of the leading logit: log(1 + (K − 1)·e^(−m)), positive for every finite margin.
    static func crossEntropyAtMargin(margin: Double, classes: Int) throws -> Double {
        log1p(Double(classes - 1) * exp(-margin))
    }

    /// −log N(y | y, σ²) = log σ + ½ log 2π, which falls without bound as σ → 0.
    static func negativeLogLikelihoodAtExactFit(sigma: Double) throws -> Double {
        log(sigma) + 0.5 * log(2 * Double.pi)
    }
}
