/// What one call of `Trainer.train` works on: the passes, the data, the parameters as they
/// change, and the best epoch so far when stopping early.
final class TrainingRun<Target: ExampleSelectable> {
    let passes: any TrainingPasses
    let training: Dataset<Target>
    let test: Dataset<Target>?
    let validation: Dataset<Target>?
    /// The weights a penalty acts on.
    let weights: [Range<Int>]
    var phi: [Double]
    /// With early stopping: the best validation loss so far, its epoch, parameters and state.
    var best: (loss: Double, epoch: Int, phi: [Double], state: [Double])?

    init(
        passes: any TrainingPasses, training: Dataset<Target>, test: Dataset<Target>?,
        validation: Dataset<Target>?, weights: [Range<Int>], phi: [Double]
    ) {
        self.passes = passes
        self.training = training
        self.test = test
        self.validation = validation
        self.weights = weights
        self.phi = phi
    }
}
