import Companion

extension ConvolutionalNetworks {
    static let figures: [BookFigure] = [
        BookFigure(
            id: "notebook-10.2",
            caption: """
                A convolutional network against a fully connected one on MNIST-1D (notebooks 10.2 and 8.1): \
                training (dashed) and test (solid) error against the epoch, each network trained with its \
                notebook's recipe on the same 4000 examples and tested on the same 1000. Both learn the training \
                set; the convolutional network, with a seventh of the parameters, makes a fraction of the test \
                errors. Drawn from the committed runs.
                """, render: figureNotebook10_2),
        BookFigure(
            id: "notebook-10.2-kernels",
            caption: """
                The fifteen kernels of the first convolutional layer of notebook 10.2's network after training: \
                three weights each and a bias β. Kernels with weights of both signs respond to slopes and edges, \
                kernels of one sign average. Drawn from the committed run.
                """, render: figureNotebook10_2Kernels),
        BookFigure(
            id: "notebook-10.5",
            caption: """
                Generated 28 × 28 digits, ten of each class: the digits typeset in six DejaVu faces under random \
                rotation, scale, shear, stroke width and offset, bent by an elastic distortion and given pixel \
                noise — the offline stand-in for MNIST on which notebook 10.5's network trains here.
                """, render: figureNotebook10_5),
    ]
}
