/// Randomized training labels, drawn as notebook 8.3 draws them for figure 8.10b.
public enum LabelNoise {
    /// `labels` with each one replaced, with probability `fraction`, by a class drawn uniformly
    /// from `0..<classes` (which may be the label it already had).
    ///
    /// The draws follow the notebook's loop: for each label in order `r = random.random()`; when
    /// `r < fraction`, the new label is `int(random.random() · classes)`.
    public static func randomize(
        _ labels: [Int], fraction: Double, classes: Int = 10, random: inout PythonRandom
    ) -> [Int] {
        labels.map { label in
            random.random() < fraction ? Int(random.random() * Double(classes)) : label
        }
    }

    /// Notebook 8.3's noisy training labels for MNIST-1D generated with `seed`: `make_dataset`
    /// leaves Python's `random` seeded with the data set's seed (it reseeds it, overriding the
    /// notebook's own `random.seed(0)`), and the loop continues from there.
    public static func notebook(_ labels: [Int], fraction: Double, seed: UInt32) -> [Int] {
        var random = PythonRandom(seed: Int(seed))
        return randomize(labels, fraction: fraction, random: &random)
    }
}
