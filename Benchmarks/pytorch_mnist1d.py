"""The notebook 8.1 training recipe in PyTorch on the CPU, timed like `udl bench`.

Reads MNIST-1D from the CSV files written by
    swift run -c release udl dataset mnist1d --out /tmp/mnist1d
so both sides train on identical data. Prints the median wall time of the training runs
(data loading excluded), steps per second and the final train and test errors.

The recipe (notebook 8.1): MLP 40-100-100-10 with ReLU and He (kaiming_normal_) weights,
zero biases; CrossEntropyLoss (batch mean); SGD(lr=0.05, momentum=0.9);
StepLR(step_size=10, gamma=0.5); batch 100 from a shuffling DataLoader; 50 epochs; after
every epoch the loss and error on the whole train and test sets.

--loader dataloader  uses torch's DataLoader as the notebook does (the default);
--loader index       slices shuffled index batches out of the tensors directly, the fastest
                     plain-PyTorch loop, to separate framework speed from DataLoader overhead.
"""

import argparse
import statistics
import time

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def load(folder):
    x = np.loadtxt(f"{folder}/x.csv", delimiter=",", ndmin=2)
    y = np.loadtxt(f"{folder}/y.csv", dtype=np.int64, ndmin=1)
    x_test = np.loadtxt(f"{folder}/x_test.csv", delimiter=",", ndmin=2)
    y_test = np.loadtxt(f"{folder}/y_test.csv", dtype=np.int64, ndmin=1)
    return x, y, x_test, y_test


def make_model(dtype):
    model = nn.Sequential(
        nn.Linear(40, 100), nn.ReLU(),
        nn.Linear(100, 100), nn.ReLU(),
        nn.Linear(100, 10),
    ).to(dtype)
    for layer in model:
        if isinstance(layer, nn.Linear):
            nn.init.kaiming_normal_(layer.weight)
            nn.init.zeros_(layer.bias)
    return model


def measure(model, loss_function, x, y):
    with torch.no_grad():
        output = model(x)
        loss = loss_function(output, y).item()
        error = 100.0 - 100.0 * (output.argmax(dim=1) == y).double().mean().item()
    return loss, error


def train_once(args, x, y, x_test, y_test, seed, make_model=make_model, step_size=10):
    torch.manual_seed(seed)
    model = make_model(x.dtype)
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=step_size, gamma=0.5)
    loader = DataLoader(TensorDataset(x, y), batch_size=100, shuffle=True)
    steps = 0
    history = []
    for _ in range(args.epochs):
        if args.loader == "dataloader":
            batches = loader
        else:
            order = torch.randperm(len(y))
            batches = ((x[i], y[i]) for i in order.split(100))
        for xb, yb in batches:
            optimizer.zero_grad()
            loss = loss_function(model(xb), yb)
            loss.backward()
            optimizer.step()
            steps += 1
        scheduler.step()
        history.append(measure(model, loss_function, x, y) + measure(model, loss_function, x_test, y_test))
    return steps, history


def main(description=__doc__, make_model=make_model, epochs=50, step_size=10, channels=False):
    """Times the recipe; `channels` gives the inputs one channel, (N, 1, 40), for a convolution."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/mnist1d", help="folder with x.csv, y.csv, x_test.csv, y_test.csv")
    parser.add_argument("--runs", type=int, default=5, help="timed training runs; the median is reported")
    parser.add_argument("--epochs", type=int, default=epochs)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    parser.add_argument("--loader", choices=["dataloader", "index"], default="dataloader")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32",
                        help="float32 as the notebook; float64 matches the Swift core's precision")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.dtype == "float32" else torch.float64
    x, y, x_test, y_test = load(args.data)
    x, x_test = torch.tensor(x, dtype=dtype), torch.tensor(x_test, dtype=dtype)
    if channels:
        x, x_test = x.unsqueeze(1), x_test.unsqueeze(1)
    y, y_test = torch.tensor(y), torch.tensor(y_test)

    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), {args.dtype}, loader {args.loader}")
    print(f"MNIST-1D {len(y)} train / {len(y_test)} test from {args.data}, {args.epochs} epochs")
    times = []
    for run in range(args.runs):
        start = time.perf_counter()
        steps, history = train_once(
            args, x, y, x_test, y_test, seed=run, make_model=make_model, step_size=step_size)
        times.append(time.perf_counter() - start)
        train_loss, train_error, test_loss, test_error = history[-1]
        print(f"  run {run + 1}: {times[-1]:.3f} s, train error {train_error:.1f} %, test error {test_error:.1f} %",
              flush=True)
    median = statistics.median(times)
    print(f"  wall time: median {median:.3f} s over {args.runs} run(s) (min {min(times):.3f} s, max {max(times):.3f} s)")
    print(f"  steps per second: {steps / median:.0f} ({steps} steps per run)")
    print(f"  final train error {train_error:.1f} %, test error {test_error:.1f} %")


if __name__ == "__main__":
    main()
