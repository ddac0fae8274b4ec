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
from torch import nn

import pytorch_mnist1d


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


if __name__ == "__main__":
    pytorch_mnist1d.main(description=__doc__, make_model=make_model, epochs=100, step_size=20, channels=True)
