"""Notebook 8.3's double-descent sweep in PyTorch on the CPU, timed like `udl bench double-descent`.

Reads MNIST-1D (8000 examples split 4000 / 4000) from the CSV files written by
    swift run -c release udl dataset mnist1d --samples 8000 --train-split 0.5 --out /tmp/mnist1d-8000
so both sides train on identical data, then randomizes the training labels as the notebook does:
Python's `random` is left seeded with 42 by `make_dataset`, and for each label in order
`random.random() < noise` replaces it with `int(random.random() * 10)`.

The recipe (notebook 8.3): MLP 40-w-w-10 with ReLU, kaiming_uniform_ weights and zero biases;
CrossEntropyLoss (batch mean); SGD(lr=0.01, momentum=0.9); batch 100 from a shuffling DataLoader;
1000 epochs; the errors measured after the last epoch (and every 100 epochs for the log).

Prints one line per (width, seed) with the wall time and the final errors, then the time per epoch
of each width and the sum over the widths given, scaled to --full-epochs (an estimate of the whole
sweep when the widths are the notebook's 28 and --epochs is short).
"""

import argparse
import random
import statistics
import time

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from pytorch_mnist1d import load

NOTEBOOK_WIDTHS = [2, 4, 6, 8, 10, 14, 18, 22, 26, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100, 120, 140, 160,
                   180, 200, 250, 300, 400]


def randomize_labels(y, noise):
    random.seed(42)
    y = y.copy()
    for i in range(len(y)):
        if random.random() < noise:
            y[i] = int(random.random() * 10)
    return y


def make_model(width, dtype):
    model = nn.Sequential(
        nn.Linear(40, width), nn.ReLU(),
        nn.Linear(width, width), nn.ReLU(),
        nn.Linear(width, 10),
    ).to(dtype)
    for layer in model:
        if isinstance(layer, nn.Linear):
            nn.init.kaiming_uniform_(layer.weight)
            layer.bias.data.fill_(0.0)
    return model


def error(model, x, y):
    with torch.no_grad():
        return 100.0 - 100.0 * (model(x).argmax(dim=1) == y).double().mean().item()


def train(width, seed, args, x, y, x_test, y_test):
    torch.manual_seed(seed)
    model = make_model(width, x.dtype)
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loader = DataLoader(TensorDataset(x, y), batch_size=100, shuffle=True)
    for epoch in range(args.epochs):
        if args.loader == "dataloader":
            batches = loader
        else:
            order = torch.randperm(len(y))
            batches = ((x[i], y[i]) for i in order.split(100))
        for xb, yb in batches:
            optimizer.zero_grad()
            loss_function(model(xb), yb).backward()
            optimizer.step()
        if (epoch + 1) % 100 == 0 and epoch + 1 < args.epochs:
            error(model, x, y), error(model, x_test, y_test)
    return error(model, x, y), error(model, x_test, y_test)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/mnist1d-8000", help="folder with x.csv, y.csv, x_test.csv, y_test.csv")
    parser.add_argument("--widths", default=",".join(map(str, NOTEBOOK_WIDTHS)))
    parser.add_argument("--seeds", default="0", help="torch seeds, comma-separated; one training each")
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--full-epochs", type=int, default=1000, help="epochs the time estimate is scaled to")
    parser.add_argument("--noise", type=float, default=0.15, help="share of training labels randomized")
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    parser.add_argument("--loader", choices=["dataloader", "index"], default="dataloader")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.dtype == "float32" else torch.float64
    x, y, x_test, y_test = load(args.data)
    y = randomize_labels(y, args.noise)
    x, x_test = torch.tensor(x, dtype=dtype), torch.tensor(x_test, dtype=dtype)
    y, y_test = torch.tensor(y), torch.tensor(y_test)
    widths = [int(w) for w in args.widths.split(",")]
    seeds = [int(s) for s in args.seeds.split(",")]

    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), {args.dtype}, loader {args.loader}")
    print(f"MNIST-1D {len(y)} train / {len(y_test)} test, label noise {args.noise}, {args.epochs} epochs")
    per_epoch = {}
    for width in widths:
        times = []
        for seed in seeds:
            start = time.perf_counter()
            train_error, test_error = train(width, seed, args, x, y, x_test, y_test)
            times.append(time.perf_counter() - start)
            print(f"  width {width} seed {seed}: {times[-1]:.2f} s, train error {train_error:.1f} %, "
                  f"test error {test_error:.1f} %", flush=True)
        per_epoch[width] = statistics.median(times) / args.epochs
    print("time per epoch (median over seeds): "
          + ", ".join(f"{w}: {1000 * t:.1f} ms" for w, t in per_epoch.items()))
    total = sum(per_epoch.values()) * args.full_epochs
    print(f"sweep of these {len(widths)} widths at {args.full_epochs} epochs: about {total:.0f} s ({total / 60:.1f} min)")


if __name__ == "__main__":
    main()
