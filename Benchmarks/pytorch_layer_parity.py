"""Reference values for the core's layers, computed by PyTorch in double precision.

Run once and paste the output into Tests/NeuralTests/Layers/PyTorchParityValues.swift:

    python3 Benchmarks/pytorch_layer_parity.py > Tests/NeuralTests/Layers/PyTorchParityValues.swift

No random generator is involved: every input, weight and upstream gradient is a formula of its
position in PyTorch's own (row-major) order, `sin(a*i + b)` or `cos(a*i + b)`, which the Swift
tests rebuild the same way (`TorchValues.wave`). Outputs are printed in PyTorch's order too.
"""
import math

import numpy as np
import torch

torch.set_default_dtype(torch.float64)


def wave(shape, a, b, kind="sin"):
    n = math.prod(shape)
    f = math.sin if kind == "sin" else math.cos
    return torch.tensor([f(a * i + b) for i in range(n)]).reshape(shape)


def literal(name, t):
    values = ", ".join(repr(float(v)) for v in t.detach().reshape(-1).tolist())
    print(f"    static let {name}: [Double] = [{values}]")


def conv_case(name, conv, x_shape):
    x = wave(x_shape, 0.37, 0.1).requires_grad_()
    with torch.no_grad():
        conv.weight.copy_(wave(conv.weight.shape, 0.23, 0.4, "cos"))
        conv.bias.copy_(wave(conv.bias.shape, 0.5, 0.2))
    y = conv(x)
    g = wave(y.shape, 0.19, 0.3, "cos")
    y.backward(g)
    literal(f"{name}Output", y)
    literal(f"{name}InputGradient", x.grad)
    literal(f"{name}WeightGradient", conv.weight.grad)
    literal(f"{name}BiasGradient", conv.bias.grad)


def pool_case(name, pool, x_shape):
    x = wave(x_shape, 0.37, 0.1).requires_grad_()
    y = pool(x)
    y.backward(wave(y.shape, 0.19, 0.3, "cos"))
    literal(f"{name}Output", y)
    literal(f"{name}InputGradient", x.grad)


def batch_norm_case():
    bn = torch.nn.BatchNorm1d(3)
    with torch.no_grad():
        bn.weight.copy_(wave((3,), 0.5, 0.2, "cos") + 1)
        bn.bias.copy_(wave((3,), 0.7, 0.1))
    x = wave((5, 3, 4), 0.37, 0.1).requires_grad_()
    y = bn(x)
    y.backward(wave(y.shape, 0.19, 0.3, "cos"))
    literal("batchNormOutput", y)
    literal("batchNormInputGradient", x.grad)
    literal("batchNormParameterGradient", torch.cat([bn.weight.grad, bn.bias.grad]))
    literal("batchNormRunningStatistics", torch.cat([bn.running_mean, bn.running_var]))
    bn.eval()
    literal("batchNormInferenceOutput", bn(wave((2, 3, 4), 0.41, 0.7)))


def training_step_case():
    model = torch.nn.Sequential(
        torch.nn.Conv1d(1, 3, 3, stride=2), torch.nn.ReLU(),
        torch.nn.Conv1d(3, 2, 3, padding=1), torch.nn.ReLU(),
        torch.nn.Flatten(), torch.nn.Linear(2 * 6, 4))
    with torch.no_grad():
        for k, p in enumerate(model.parameters()):
            p.copy_(wave(p.shape, 0.29 + 0.1 * k, 0.3 * k, "cos") * 0.5)
    x = wave((6, 1, 13), 0.37, 0.1)
    labels = torch.tensor([0, 3, 1, 2, 2, 0])
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(2):
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), labels)
        loss.backward()
        optimizer.step()
    print(f"    static let trainingStepLoss = {repr(float(loss.detach()))}")
    literal("trainingStepParameters", torch.cat([p.reshape(-1) for p in model.parameters()]))


def adamw_case():
    layer = torch.nn.Linear(3, 2)
    with torch.no_grad():
        layer.weight.copy_(wave((2, 3), 0.23, 0.4, "cos"))
        layer.bias.copy_(wave((2,), 0.5, 0.2))
    x, y = wave((5, 3), 0.37, 0.1), wave((5, 2), 0.19, 0.3, "cos")
    optimizer = torch.optim.AdamW(layer.parameters(), lr=0.1, weight_decay=0.5)
    for _ in range(3):
        optimizer.zero_grad()
        torch.nn.functional.mse_loss(layer(x), y).backward()
        optimizer.step()
    literal("adamWParameters", torch.cat([layer.weight.reshape(-1), layer.bias]))


def label_smoothing_case():
    logits = wave((4, 5), 0.37, 0.1).requires_grad_()
    labels = torch.tensor([1, 4, 0, 2])
    loss = torch.nn.functional.cross_entropy(logits, labels, label_smoothing=0.2)
    loss.backward()
    print(f"    static let labelSmoothingLoss = {repr(float(loss.detach()))}")
    literal("labelSmoothingGradient", logits.grad)


def notebook_103_cases():
    # Notebook 10.3: np.random.seed(1), the image drawn first, then the weights, both normal, C order;
    # PyTorch's conv2d with padding 1 is the notebook's reference.
    cases = [((1, 1, 4, 6), (1, 1, 3, 3), 1), ((1, 1, 12, 10), (1, 1, 3, 3), 2),
             ((1, 5, 4, 6), (2, 5, 3, 3), 1), ((2, 5, 4, 6), (2, 5, 3, 3), 1)]
    for k, (image_shape, weight_shape, stride) in enumerate(cases, start=1):
        np.random.seed(1)
        image = torch.tensor(np.random.normal(size=image_shape))
        weights = torch.tensor(np.random.normal(size=weight_shape))
        literal(f"notebook103Case{k}", torch.nn.functional.conv2d(image, weights, stride=stride, padding=1))


print("// Written by Benchmarks/pytorch_layer_parity.py with PyTorch " + torch.__version__ + "; do not edit.")
print("enum TorchValues {")
conv_case("conv1d", torch.nn.Conv1d(2, 3, 3, stride=2, padding=1, dilation=2), (2, 2, 11))
conv_case("conv2d", torch.nn.Conv2d(2, 2, 3, stride=2, padding=1), (2, 2, 6, 5))
conv_case("conv2dDilated", torch.nn.Conv2d(1, 2, 2, dilation=2), (1, 1, 5, 6))
conv_case("convTranspose1d", torch.nn.ConvTranspose1d(2, 3, 3, stride=2, padding=1), (2, 2, 5))
conv_case("convTranspose2d", torch.nn.ConvTranspose2d(1, 2, 3, stride=2, padding=1, dilation=2), (1, 1, 3, 4))
pool_case("maxPool2d", torch.nn.MaxPool2d(2), (2, 2, 4, 5))
pool_case("maxPool1dOverlapping", torch.nn.MaxPool1d(3, stride=2), (2, 2, 9))
pool_case("meanPool1d", torch.nn.AvgPool1d(2), (2, 3, 6))
batch_norm_case()
training_step_case()
adamw_case()
label_smoothing_case()
notebook_103_cases()
print("}")
