"""The notebook 10.2 training recipe in PyTorch on the CPU, timed like `udl bench cnn`.

Reads MNIST-1D from the CSV files written by
    swift run -c release udl dataset mnist1d --out /tmp/mnist1d
so both sides train on identical data, and prints the median wall time of the training runs
(data loading excluded), steps per second and the final train and test errors.

The recipe (notebook 10.2): Conv1d(1, 15, 3, stride 2) -> ReLU -> Conv1d(15, 15, 3, stride 2)
-> ReLU -> Conv1d(15, 15, 3, stride 2) -> ReLU -> Flatten -> Linear(60, 10); the convolutions
keep PyTorch's default initialisation and the linear layer gets kaiming_uniform_ with zero bias;
CrossEntropyLoss; SGD(lr=0.05, momentum=0.9); StepLR(step_size=20, gamma=0.5); batch 100 from a
shuffling DataLoader; 100 epochs; after every epoch the loss and error on both sets.

--loader and --dtype as in pytorch_mnist1d.py.
"""
import argparse
import statistics
import time

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from pytorch_mnist1d import load, measure


def make_model(dtype):
    model = nn.Sequential(
        nn.Conv1d(1, 15, 3, stride=2), nn.ReLU(),
        nn.Conv1d(15, 15, 3, stride=2), nn.ReLU(),
        nn.Conv1d(15, 15, 3, stride=2), nn.ReLU(),
        nn.Flatten(), nn.Linear(60, 10),
    ).to(dtype)
    nn.init.kaiming_uniform_(model[-1].weight)
    nn.init.zeros_(model[-1].bias)
    return model


def train_once(args, x, y, x_test, y_test, seed):
    torch.manual_seed(seed)
    model = make_model(x.dtype)
    loss_function = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=20, gamma=0.5)
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/tmp/mnist1d", help="folder with x.csv, y.csv, x_test.csv, y_test.csv")
    parser.add_argument("--runs", type=int, default=5, help="timed training runs; the median is reported")
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--threads", type=int, default=2, help="torch.set_num_threads")
    parser.add_argument("--loader", choices=["dataloader", "index"], default="dataloader")
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.dtype == "float32" else torch.float64
    x, y, x_test, y_test = load(args.data)
    # (N, 40) -> (N, 1, 40): one input channel, as the notebook reshapes it.
    x = torch.tensor(x, dtype=dtype).unsqueeze(1)
    x_test = torch.tensor(x_test, dtype=dtype).unsqueeze(1)
    y, y_test = torch.tensor(y), torch.tensor(y_test)

    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} thread(s), {args.dtype}, loader {args.loader}")
    print(f"MNIST-1D {len(y)} train / {len(y_test)} test from {args.data}, {args.epochs} epochs")
    times = []
    for run in range(args.runs):
        start = time.perf_counter()
        steps, history = train_once(args, x, y, x_test, y_test, seed=run)
        times.append(time.perf_counter() - start)
        _, train_error, _, test_error = history[-1]
        print(f"  run {run + 1}: {times[-1]:.3f} s, train error {train_error:.1f} %, test error {test_error:.1f} %",
              flush=True)
    median = statistics.median(times)
    print(f"  wall time: median {median:.3f} s over {args.runs} run(s) (min {min(times):.3f} s, max {max(times):.3f} s)")
    print(f"  steps per second: {steps / median:.0f} ({steps} steps per run)")
    print(f"  final train error {train_error:.1f} %, test error {test_error:.1f} %")


if __name__ == "__main__":
    main()
