/// Small data sets printed in the book's figures and the official notebooks,
/// shipped as constants (nothing is downloaded).
public enum BookData {
    /// The twelve input/output pairs of figure 2.2a (also figures 2.3, 2.4 and 6.1,
    /// notebooks 2.1 and 6.2).
    public static let line12 = (
        x: [0.03, 0.19, 0.34, 0.46, 0.78, 0.81, 1.08, 1.18, 1.39, 1.60, 1.65, 1.90],
        y: [0.67, 0.85, 1.05, 1.00, 1.40, 1.50, 1.30, 1.54, 1.55, 1.68, 1.73, 1.60]
    )
}
