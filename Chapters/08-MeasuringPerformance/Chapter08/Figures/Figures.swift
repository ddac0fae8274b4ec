import Companion
import Neural
import Plot

extension MeasuringPerformance {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "8.1",
            caption: """
                MNIST-1D, drawn from the stages of the project's own generator, each signal upright (value across, \
                position down). (a) The ten templates, one per digit class 0–9. (b) A template of a 3 padded with \
                zeros, stretched to 72 positions, scaled and shifted circularly. (c) The zeros filled with smoothed \
                noise, white noise added and the signal sheared. (d) The 40 values of the example (orange) sampled \
                from (c).
                """, render: figure8_1),
        BookFigure(
            id: "8.2",
            caption: """
                Section 8.1's network on MNIST-1D (6000 SGD steps, learning rate 0.1, batches of 100). (a) The \
                training error reaches zero by step 3600; the test error settles near 40 %. (b) The training loss \
                falls towards zero; the test loss falls until step 1040 and then rises as the model grows confident \
                about the test examples it gets wrong. Drawn from the run's committed record.
                """, render: figure8_2),
        BookFigure(
            id: "8.3",
            caption: """
                The regression task of this chapter: the true function exp(sin 2πx) (black), the band of two \
                standard deviations of the noise σ = 0.3 (gray), and fifteen training points, one drawn uniformly in \
                each fifteenth of [0, 1].
                """, render: figure8_3),
        BookFigure(
            id: "8.4",
            caption: """
                The simplified network. (a) Input, three hidden units and output; the first layer's weights and \
                biases are fixed (dashed), and only φ = {β, ω_1, ω_2, ω_3} is learned. (b–d) The fixed hidden units \
                have slope one and joints at 0, 1/3 and 2/3. (e–g) Three choices of φ give three piecewise linear \
                functions with joints at 1/3 and 2/3.
                """, render: figure8_4),
        BookFigure(
            id: "8.5",
            caption: """
                Where test error comes from, for the three-region model. (a) Noise: test points scatter around the \
                true function even for a perfect model (gray: two standard deviations). (b) Bias: the best \
                three-region function (cyan) still misses the true one; gray shows the gap. (c) Variance: fitted to \
                fifteen noisy points (orange), the model lands somewhere in the gray band around its mean fit (cyan, \
                over 100 training sets).
                """, render: figure8_5),
        BookFigure(
            id: "8.6",
            caption: """
                More data, less variance. Rows: training sets of 6, 10 and 100 points. (a–c, e–g, i–k) The \
                three-region model fitted to three different sets. (d, h, l) The mean fit (cyan) and two standard \
                deviations of the fits (gray) over 100 sets: the spread shrinks as the sets grow.
                """, render: figure8_6),
        BookFigure(
            id: "8.7",
            caption: """
                Capacity trades bias for variance. (a–c) With 3, 6 and 10 regions the best fit (cyan) follows the \
                true function ever closer: the bias (gray gap) shrinks. (d–f) Fitted to 100 training sets of fifteen \
                points, the same models spread more and more: the variance (gray band) grows.
                """, render: figure8_7),
        BookFigure(
            id: "8.8",
            caption: """
                Overfitting. (a–c) The three-region model fitted to three training sets of fifteen points gives \
                nearly the same function each time. (d–f) The ten-region model fits the same points more closely, \
                noise included, and its three functions differ more — none of them closer to the true function.
                """, render: figure8_8),
        BookFigure(
            id: "8.9",
            caption: """
                The bias–variance trade-off for fifteen points and 100 training sets: as the capacity (hidden units, \
                linear regions) grows, the bias (orange) falls and the variance (cyan) rises. Their sum (dashed gray) \
                is smallest at capacity four.
                """, render: figure8_9),
        BookFigure(
            id: "8.10",
            caption: """
                Double descent on MNIST-1D (notebook 8.3: 4000 training and 4000 test examples, two hidden layers of \
                equal width, SGD for 1000 epochs; the dashed line marks width 40, whose 3690 parameters come \
                closest to the number of training examples). (a) With clean labels the training error reaches \
                zero at width 35 and the test error keeps falling, to 36.9 % at width 400, with no peak. (b) With \
                15 % of the training labels randomized, memorising them takes width 45; the test error falls to \
                46.9 % at width 10, climbs to 57.4 % at width 40 and then descends again, to 44.5 % at width 400. \
                Drawn from the committed sweeps.
                """, render: figure8_10),
        BookFigure(
            id: "8.11",
            caption: """
                More capacity, smoother interpolation. (a) Eight points with nothing in the middle. (b) Eight hidden \
                units are the fewest that pass through them, and the curve bends to do so. (c–f) With 10, 20, 50 and \
                200 units the model can pass through the points more gently; each panel shows its fit of smallest \
                norm, the smoothest in the sense of the smallest slope changes.
                """, render: figure8_11),
        BookFigure(
            id: "8.12",
            caption: """
                Three fits of the 50-unit model, all through the eight points, so all with training loss zero. (a) The \
                fit of smallest norm is smooth; (b, c) adding directions the data cannot see makes erratic curves that \
                fit just as well. Something must favour (a) for over-parameterized models to generalize.
                """, render: figure8_12),
        BookFigure(
            id: "8.13",
            caption: """
                Typical sets. (a) Samples of a 2-D standard normal: the density falls with the distance from the \
                centre, but the area at that distance grows. (b) So the distances pile up around one (the chi \
                density, black). (c) In 25, 100 and 500 dimensions the samples lie in a thin shell near radius √D, \
                nowhere near the most likely point, the centre.
                """, render: figure8_13),
    ]

    /// The data panel every figure of the chapter shares: x ∈ [0, 1], y ∈ [−1, 4].
    static func regressionAxes() -> Axes {
        var axes = Axes()
        axes.xLimits = 0...1
        axes.yLimits = -1...4
        axes.xLabel = "Input, x"
        axes.yLabel = "Output, y"
        return axes
    }

    /// The true function with the band of two standard deviations of the noise around it, gray.
    static func drawNoiseBand(on axes: inout Axes) {
        let x = BiasVariance.grid
        let truth = x.map(ToyRegression.trueFunction)
        axes.fillBetween(
            x: x, lower: truth.map { $0 - 2 * BiasVariance.sigma }, upper: truth.map { $0 + 2 * BiasVariance.sigma })
        drawTruth(on: &axes)
    }

    /// The true function as a black line.
    static func drawTruth(on axes: inout Axes) {
        axes.function(ToyRegression.trueFunction, over: 0...1, color: .black, width: 1.5)
    }
}
