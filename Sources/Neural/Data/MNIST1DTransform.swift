/// The random distortions that turn a template into one MNIST-1D example
/// (`mnist1d.transform.transform`), drawing from the generator in the reference order:
/// rand (padding), rand (scale), choice (shift), 72 normals (correlated noise),
/// 72 normals (white noise), rand (shear).
enum MNIST1DTransform {
    static let epsilon = 1e-8

    static func apply(
        to template: [Double], config: MNIST1DConfig, random: inout NumPyRandomState
    ) -> [Double] {
        stages(of: template, config: config, random: &random).sampled
    }

    /// The example at each stage of `apply` (figure 8.1b–d).
    static func stages(
        of template: [Double], config: MNIST1DConfig, random: inout NumPyRandomState
    ) -> MNIST1DStages {
        let length = config.workingLength
        let low = config.padding.lowerBound
        let high = config.padding.upperBound
        let padCount = low + Int(random.rand() * Double(high - low + 1))
        let padded = template.map { $0 + epsilon } + [Double](repeating: 0, count: padCount)
        var x = LinearInterpolation.resample(padded, to: length)

        let factor = 1 + config.scaleCoefficient * (random.rand() - 0.5)
        x = x.map { $0 * factor }

        let shift = random.choice(config.maxTranslation)
        x = Array(x[(length - shift)...] + x[..<(length - shift)])
        let transformed = x

        let correlated = GaussianFilter.smooth(random.randn(length).map { config.correlatedNoiseScale * $0 })
        x = zip(x, correlated).map { $0 != 0 ? $0 : $1 }

        let white = random.randn(length)
        x = zip(x, white).map { $0 + config.iidNoiseScale * $1 }

        let tilt = config.shearScale * (random.rand() - 0.5)
        let ramp = linspace(-0.5, 0.5, length)
        x = zip(x, ramp).map { $0 - tilt * $1 }

        return MNIST1DStages(
            transformed: transformed, noisy: x, sampled: LinearInterpolation.resample(x, to: config.finalSequenceLength)
        )
    }

    /// The time axis every example shares: the template axis resampled like the signals.
    static func timeAxis(_ t: [Double], config: MNIST1DConfig) -> [Double] {
        let working = LinearInterpolation.resample(t, to: config.workingLength)
        return LinearInterpolation.resample(working, to: config.finalSequenceLength)
    }
}

/// One MNIST-1D example on its way from a template (figure 8.1), before the data set's final
/// standardization.
public struct MNIST1DStages: Sendable, Equatable {
    /// The template padded with zeros, stretched to the working length (72), scaled and shifted
    /// circularly; the padding is still exactly zero.
    public let transformed: [Double]
    /// After the smoothed noise has filled the zeros, white noise has been added everywhere and
    /// the whole signal tilted (the shear).
    public let noisy: [Double]
    /// `noisy` resampled at `finalSequenceLength` (40) evenly spaced positions.
    public let sampled: [Double]
}

extension MNIST1D {
    /// The stages of one example made from the template of `label`, drawing from `random` in
    /// the generator's order.
    public static func exampleStages(
        label: Int, config: MNIST1DConfig = MNIST1DConfig(), random: inout NumPyRandomState
    ) -> MNIST1DStages {
        MNIST1DTransform.stages(of: MNIST1DTemplates().x[label], config: config, random: &random)
    }
}
