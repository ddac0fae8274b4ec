import Companion

extension FittingModels {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "6.1",
            caption: """
                Gradient descent with a line search on the line fit. (a) The twelve training pairs. (b) The loss \
                surface with positions 0–4 of the descent from φ = (1.1, −0.8); the minimum is green. (c) The same \
                path on the loss heatmap, brighter meaning higher: after four steps it is close to the minimum. \
                (d) The lines of positions 0 (lightest) to 4 (darkest) fit better and better.
                """, render: figure6_1),
        BookFigure(
            id: "6.2",
            caption: """
                The Gabor model of eq. 6.8 for (a) φ = (0, 16.6), (b) φ = (5, 16.6): a larger φ_0 moves the \
                wave packet left, (c) φ = (0, 30): a larger φ_1 squeezes it.
                """, render: figure6_2),
        BookFigure(
            id: "6.3",
            caption: """
                Training data for the Gabor model: notebook 6.3's 30 noisy samples (the book's figure has 28 points \
                generated from φ = (0, 16.6)).
                """, render: figure6_3),
        BookFigure(
            id: "6.4",
            caption: """
                (a) The Gabor loss over φ_0 ∈ [−10, 10], φ_1 ∈ [2.5, 22.5] is not convex: local minima (cyan), the \
                global minimum (grey) and a saddle point (blue cross) where the loss falls along φ_0 and rises along \
                φ_1. (b–f) The models at the five minima lettered b–f in (a); (c) is the global one, with \
                L = 0.65 on these 30 points.
                """, render: figure6_4),
        BookFigure(
            id: "6.5",
            caption: """
                (a) Gradient descent with a line search from three starts: 1 and 3 reach the global minimum, 2 slides \
                into a neighbouring local minimum. (b) SGD with batches of five from the same starts reaches the \
                global minimum from all three. Diamonds mark where each run ends.
                """, render: figure6_5),
        BookFigure(
            id: "6.6",
            caption: """
                SGD with batches of three from φ = (−1.5, 10), α = 1. (a) On the full loss, the 100 possible steps \
                (one per random batch) spread in many directions. (b–d) Each batch has its own loss and the step is \
                downhill on it; the step of (d) goes uphill on the full loss. Insets: the batch's three points \
                (orange), the current model (dashed) and the updated one (solid), which fits the batch better.
                """, render: figure6_6),
        BookFigure(
            id: "6.7",
            caption: """
                Notebook 6.4's runs: (a) SGD wanders; (b) with momentum β = 0.6 the path is smoother and ends lower.
                """, render: figure6_7),
        BookFigure(
            id: "6.8",
            caption: """
                Nesterov momentum on notebook 6.5's valley (α = 0.5, β = 0.7). Momentum has carried the path (dashed) \
                to point 1. Momentum measures the gradient at 1, steps along it (teal) to 2 and adds the momentum \
                term (orange) to reach 3, far across the valley floor. Nesterov momentum adds the momentum term \
                first (1 to 4), measures the gradient there and steps to 5, overshooting less.
                """, render: figure6_8),
        BookFigure(
            id: "6.9",
            caption: """
                A valley steep across φ_1 and shallow along φ_0 (notebook 6.5). (a) A small step is slow along the \
                floor; (b) a large one bounces across the valley; (c) normalised gradients move a fixed distance per \
                coordinate and end up hopping between two points; (d) Adam reaches the minimum smoothly. Dots mark \
                the steps, leaving out those that would overlap the previous dot; diamonds mark the ends.
                """, render: figure6_9),
        BookFigure(
            id: "6.10",
            caption: """
                The bracketing line search of notebook 6.1 on its two-dip function; the grey band is the current \
                interval [a, d]. (a) L[b] > L[c], so the tinted [a, b] is discarded. (b) L[b] < L[c], so [c, d] is. \
                (c) A few iterations later the minimum is closely bracketed.
                """, render: figure6_10),
        BookFigure(
            id: "6.11",
            caption: """
                Three 1-D loss functions for problem 6.6 with points 1–7 to classify as local minimum, global \
                minimum or neither.
                """, render: figure6_11),
    ]
}
