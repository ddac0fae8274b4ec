import Companion

extension ConvolutionalNetworks {
    /// The book's figures 10.2–10.5 (figure 10.1 is photographs), then the notebooks': 10.1's
    /// convolutions, 10.2's two networks and learned kernels, 10.4's chains, 10.5's generated digits.
    static let figures: [BookFigure] = [
        BookFigure(
            id: "10.2",
            caption: """
                1-D convolution with kernel size three, ω = [ω_1, ω_2, ω_3]: each output is a weighted sum of \
                the nearest three inputs (line colour: the weight). (a) z_2 and (b) z_3. (c) The kernel of z_1 \
                reaches past x_1 (and that of z_6 past x_6); zero padding supplies zeros there (gray). (d) A \
                valid convolution computes only the outputs whose kernel fits inside the input, four of six.
                """, render: figure10_2),
        BookFigure(
            id: "10.3",
            caption: """
                Stride, kernel size and dilation on six inputs (gray: padding zeros). (a) With stride 2 the \
                kernel is evaluated at every other position: z_1 is centred on x_1 and (b) z_2 on x_3, so three \
                outputs remain. (c) A kernel of size five sums the nearest five inputs. (d) A dilated kernel of \
                size three with dilation 2 covers the same five inputs with three weights; the dashed lines are \
                the zeros it skips.
                """, render: figure10_3),
        BookFigure(
            id: "10.4",
            caption: """
                Fully connected against convolutional layers, six inputs and six hidden units. (a) A fully \
                connected layer joins every input to every hidden unit, (b) so its matrix Ω holds 36 weights \
                (drawn from a standard normal, coloured by value). (c) A convolution with kernel \
                size three computes each hidden unit from its three neighbours with the same three weights: (d) \
                its matrix is banded, one colour per weight and white for zero. (e) With stride 2 it is \
                evaluated at every other position: (f) every other row of (d).
                """, render: figure10_4),
        BookFigure(
            id: "10.5",
            caption: """
                Channels. (a) A convolution of the input x with kernel size three (weights ω_1…ω_3) gives the \
                hidden units h_1…h_6, the first channel. (b) A second convolution (ω_4…ω_6) gives h_7…h_{12}, the \
                second channel; together they are the first hidden layer H_1, two values at each position. (c) \
                A convolution in the next layer sums over both channels at the three nearest positions: six \
                weights for each output.
                """, render: figure10_5),
        BookFigure(
            id: "notebook-10.1",
            caption: """
                Notebook 10.1's twelve samples (orange) and their zero-padded convolutions (cyan; each output \
                drawn over the input it is centred on). (a) Kernel 3 with weights 0.33 smooths; (b) stride 2 \
                keeps every other output of (a); (c) kernel 5 with weights 0.2 smooths more; (d) dilation 2 \
                averages inputs two apart. All sag at the ends, where the padding's zeros enter. (e) The kernel \
                [−0.5, 0, 0.5] estimates the slope, large where the signal jumps. (f) The matrix of the kernel \
                [−1, 0.5, −0.2] (red positive, blue negative, pale gray zero); Ω·x is that convolution.
                """, render: figureNotebook10_1),
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
            id: "notebook-10.4",
            caption: """
                Notebook 10.4's chains on a generated 96 × 96 test pattern (the notebook uses a photograph): \
                three halvings of the resolution (to 48, 24 and 12 pixels a side), then three doublings. (a) Sub-sampling keeps one pixel in \
                four, so the fine rings alias into coarse false ones; duplication makes blocks. (b) Max pooling \
                keeps each block's brightest value; max-unpooling puts it back where that maximum was and \
                leaves the other pixels black. (c) Mean pooling averages (the checkerboard turns gray); bilinear \
                interpolation blurs, darkening the right and bottom edges where it pads with zeros.
                """, render: figureNotebook10_4),
        BookFigure(
            id: "notebook-10.5",
            caption: """
                Generated 28 × 28 digits, ten of each class: the digits typeset in six DejaVu faces under random \
                rotation, scale, shear, stroke width and offset, bent by an elastic distortion and given pixel \
                noise — the offline stand-in for MNIST on which notebook 10.5's network trains here.
                """, render: figureNotebook10_5),
    ]
}
