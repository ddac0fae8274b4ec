import Chapter02
import Chapter03
import Chapter04
import Chapter05
import Chapter06
import Chapter07
import Chapter08
import Chapter09
import Chapter10
import Companion

/// The book as the companion covers it: every chapter, in order.
public enum Book {
    public static let chapters: [Chapter] = [
        SupervisedLearning.chapter,
        ShallowNetworks.chapter,
        DeepNetworks.chapter,
        LossFunctions.chapter,
        FittingModels.chapter,
        GradientsAndInitialization.chapter,
        MeasuringPerformance.chapter,
        Regularization.chapter,
        ConvolutionalNetworks.chapter,
    ]
}
