"""Notebook 10.5's network and training in PyTorch, on MNIST-format IDX files.

Reads the four files written by
    swift run -c release udl dataset digits --out /tmp/digits
(chapter 10's generated digits; real MNIST's files work the same), so PyTorch trains on exactly
the images `ch10 demo digits --run` trains on, and prints the test accuracy after every epoch for
each seed: the band the committed Swift run is checked against.

The recipe (notebook 10.5's TODO list): Conv2d(1, 10, 5) -> max_pool2d(2) -> ReLU ->
Conv2d(10, 20, 5) -> Dropout2d -> max_pool2d(2) -> ReLU -> flatten -> Linear(320, 50) -> ReLU
-> Linear(50, 10) -> log_softmax; kaiming_uniform_ and zero biases on the linear layers only;
nll_loss; SGD(lr=0.01, momentum=0.5); batch 64 from a shuffling DataLoader; 3 epochs. Pixels
are standardised with the training set's mean and standard deviation (MNIST's 0.1307/0.3081).
"""

import argparse
import gzip
import os

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def read_idx(path, dimensions):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    assert magic == 0x800 | dimensions, f"{path}: magic {magic:#010x}"
    sizes = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dimensions)]
    start = 4 + 4 * dimensions
    return np.frombuffer(data, dtype=np.uint8, offset=start, count=int(np.prod(sizes))).reshape(sizes)


def load(folder, images, labels):
    def locate(name):
        path = os.path.join(folder, name)
        return path if os.path.exists(path) else path + ".gz"
    return read_idx(locate(images), 3), read_idx(locate(labels), 1)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5)
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5)
        self.drop = nn.Dropout2d()
        self.fc1 = nn.Linear(320, 50)
        self.fc2 = nn.Linear(50, 10)

    def forward(self, x):
        x = F.relu(F.max_pool2d(self.conv1(x), 2))
        x = F.relu(F.max_pool2d(self.drop(self.conv2(x)), 2))
        x = F.relu(self.fc1(x.flatten(1)))
        return F.log_softmax(self.fc2(x), dim=1)


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        return 100.0 * (model(x).argmax(dim=1) == y).double().mean().item()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/digits", help="folder with the four IDX files")
    parser.add_argument("--seeds", default="0,1,2", help="comma-separated torch seeds")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    x, y = load(args.data, "train-images-idx3-ubyte", "train-labels-idx1-ubyte")
    x_test, y_test = load(args.data, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
    x, x_test = x.astype(np.float32) / 255, x_test.astype(np.float32) / 255
    mean, sd = x.mean(), x.std()
    to_tensor = lambda a: torch.tensor((a - mean) / sd).unsqueeze(1)
    x, x_test = to_tensor(x), to_tensor(x_test)
    y, y_test = torch.tensor(y.astype(np.int64)), torch.tensor(y_test.astype(np.int64))
    print(f"PyTorch {torch.__version__}; {len(y)} training / {len(y_test)} test images from {args.data}; "
          f"pixel mean {mean:.4f}, sd {sd:.4f}")

    for seed in [int(s) for s in args.seeds.split(",")]:
        torch.manual_seed(seed)
        model = Net()
        for layer in model.modules():
            if isinstance(layer, nn.Linear):
                nn.init.kaiming_uniform_(layer.weight)
                nn.init.zeros_(layer.bias)
        optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
        loader = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True)
        accuracies = [accuracy(model, x_test, y_test)]
        for _ in range(args.epochs):
            model.train()
            for xb, yb in loader:
                optimizer.zero_grad()
                F.nll_loss(model(xb), yb).backward()
                optimizer.step()
            accuracies.append(accuracy(model, x_test, y_test))
        print(f"  seed {seed}: test accuracy by epoch " + ", ".join(f"{a:.2f} %" for a in accuracies), flush=True)


if __name__ == "__main__":
    main()
