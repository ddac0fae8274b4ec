import Foundation

/// Region and parameter counts for deep ReLU networks with `K` hidden layers of
/// `D` units each (section 4.5.2, figure 4.7 and the chapter 4 notes).
public enum DeepRegionBound {
    /// The maximum number of linear regions of a network with `D_i` inputs and `K`
    /// hidden layers of `D` units, when `D` is a multiple of `D_i` (eq. 4.17):
    ///
    ///     N_r = (D/D_i + 1)^{D_i(K−1)} · Σ_{j=0}^{D_i} C(D, j).
    ///
    /// The first `K − 1` layers fold each input direction `D/D_i + 1` times; the
    /// last layer is a shallow network, which contributes Zaslavsky's count. With
    /// `D_i = 1` this is `(D + 1)^K`, with `K = 1` the shallow count. A `Double`,
    /// since the counts pass 10^40 for the networks of figure 4.7b.
    public static func maximumRegions(inputDimensions: Int, hiddenUnits: Int, layers: Int) -> Double {
        precondition(inputDimensions >= 1 && layers >= 1, "at least one input and one hidden layer")
        precondition(hiddenUnits % inputDimensions == 0, "eq. 4.17 needs D to be a multiple of D_i")
        let folds = Double(hiddenUnits / inputDimensions + 1)
        let exponent = Double(inputDimensions * (layers - 1))
        return pow(folds, exponent)
            * LinearRegions.zaslavskyBound(hiddenUnits: hiddenUnits, inputDimensions: inputDimensions)
    }

    /// Parameters of a network with `D_i` inputs, `K` hidden layers of `D` units and
    /// `D_o` outputs: `(D_i + 1)D + (K − 1)(D + 1)D + (D + 1)D_o`. For one input and
    /// one output this is `3D + 1 + (K − 1)D(D + 1)` (section 4.5.2, problem 4.10).
    public static func parameterCount(inputDimensions: Int, hiddenUnits: Int, layers: Int, outputDimensions: Int = 1)
        -> Int
    {
        let d = hiddenUnits
        return (inputDimensions + 1) * d + (layers - 1) * (d + 1) * d + (d + 1) * outputDimensions
    }
}
