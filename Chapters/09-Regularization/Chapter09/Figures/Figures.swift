import Companion

extension Regularization {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "9.1",
            caption: """
                Explicit regularization of the Gabor model (notebook 9.1). (a) The least-squares loss of thirty \
                points, with its local minima (cyan) and global minimum (gray). (b) The penalty \
                λ·(φ_0^2 + (φ_1 − 12.5)^2) with λ = 0.2 favours the centre of the plot. (c) Their sum has fewer \
                minima, and its global minimum has moved (arrow).
                """, render: figure9_1),
        BookFigure(
            id: "9.2",
            caption: """
                L2 regularization of the simplified network with 14 hidden units, fitted to fifteen points \
                (orange; the true function black, the fit cyan) with λ from 10^{−9} to 1. (a, b) Small λ: the fit \
                passes through the points. (c, d) Intermediate λ: smoother, and closer to the true function. (e, f) \
                Large λ: smoother than the true function, and worse.
                """, render: figure9_2),
        BookFigure(
            id: "9.3",
            caption: """
                Implicit regularization on notebook 9.2's loss, whose minima fill the line φ_1 = 0. (a) Gradient \
                descent with a tiny step (dashed blue, a stand-in for the continuous path) and with step 0.05 \
                (cyan) end at different points. (b) The term (α/4)‖∇L‖^2 of eq. 9.8, here for α = 0.1. (c) With \
                the term added (α = 0.05), the tiny-step path follows the discrete one on the original loss.
                """, render: figure9_3),
        BookFigure(
            id: "9.4",
            caption: """
                Implicit regularization of SGD on the Gabor model (mean losses over thirty points, six batches of \
                five, α = 0.5). (a) The loss, its lowest point blue. (b) Gradient descent's term (α/4)‖∇L‖^2 \
                (eq. 9.8) penalizes steep places. (c) SGD adds (α/4B)·Σ_b‖∇L_b − ∇L‖^2 (eq. 9.9), which \
                penalizes places where the batches disagree about the slope. (d) The sum; its lowest point (blue) \
                need not be where (a) has its.
                """, render: figure9_4),
        BookFigure(
            id: "9.5",
            caption: """
                Learning rate and batch size on MNIST-1D (4000 training and 4000 test examples, two hidden layers \
                of 100 units, plain SGD). (a) Test error (cyan) against the learning rate, each run for 6000/rate \
                steps so that every run can move the same distance: larger rates do better. (b) Against the batch \
                size at rate 0.1 for 200 epochs: smaller batches do better, though the two largest have not yet \
                memorised the training set (orange: training error). Drawn from the committed sweep.
                """, render: figure9_5),
        BookFigure(
            id: "9.6",
            caption: """
                Early stopping. The simplified network with 14 regions starts from random output weights (a) and \
                is trained by SGD with batches of five and learning rate 0.05 on fifteen noisy points (orange). \
                (b, c) It first captures the coarse shape of the true function (black); (c, d) after 10,000 to \
                40,000 steps it is closest to it; (e, f) by 500,000 and 3,000,000 steps it bends towards the \
                noise, while the training loss keeps falling. Drawn from the committed run.
                """, render: figure9_6),
        BookFigure(
            id: "9.7",
            caption: """
                Bagging (notebook 9.3). (a) The 14-unit model fitted to all fifteen points (gray). (b–e) Fits to \
                four resamples drawn with replacement; a point's size shows how often it was drawn. (f) The mean \
                of the four (cyan) is smoother than the single fit (gray) and closer to the true function.
                """, render: figure9_7),
        BookFigure(
            id: "9.8",
            caption: """
                Dropout. (a) A network with two hidden layers of four units. (b–d) At each training step a random \
                half of the hidden units, on average, is set to zero (gray); their incoming and outgoing weights \
                (faded) have no effect, so every step trains a slightly different network.
                """, render: figure9_8),
        BookFigure(
            id: "9.9",
            caption: """
                Why dropout removes a kink. (a) The 14-unit simplified model fits twelve points (orange) as well as \
                it can, yet has a kink: the slope rises, falls at the circled joint and rises again, where no data \
                constrain it, so full-batch descent will never remove it. (b) Without the eighth hidden unit, whose \
                joint is circled, the right-hand side swings upwards and the loss grows. (c) After 2000 steps that \
                each drop one of the kink's three units at random and descend, the kink is gone.
                """, render: figure9_9),
        BookFigure(
            id: "9.10",
            caption: """
                Noise on the inputs. The 14-unit simplified model fitted as SGD with input noise of standard \
                deviation σ_x = 0.01, 0.05 and 0.15 fits it in expectation (small dots: ten noise samples of each \
                point). (a) Little noise: the fit follows every point. (b, c) More noise smooths the fitted function \
                (cyan).
                """, render: figure9_10),
        BookFigure(
            id: "9.11",
            caption: """
                The Bayesian simplified network (five hidden units, notebook 9.4's data and noise σ^2 = 0.09). \
                (a–c) Two parameter sets drawn from the posterior (cyan, gray) under priors of variance \
                σ_φ^2 = 0.5, 5 and 1000: a tight prior keeps the weights small and the functions smooth. (d–f) \
                The predictive mean (cyan) and two standard deviations of the model's uncertainty (gray).
                """, render: figure9_11),
    ]
}
