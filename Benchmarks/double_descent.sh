#!/bin/bash
# Notebook 8.3's double-descent sweep, ours against PyTorch's, interleaved: two rounds, each program's
# median of 5 runs of a short sweep (all 28 widths, 20 epochs each) scaled to the notebook's 1000
# epochs. Needs a release build (swift build -c release), PyTorch, and the 8000-example MNIST-1D files:
#   .build/release/udl dataset mnist1d --samples 8000 --train-split 0.5 --out /tmp/mnist1d-8000
cd "$(dirname "$0")/.."
EPOCHS=${EPOCHS:-20}
median() { python3 -c 'import sys, statistics; print(f"{statistics.median(float(v) for v in sys.stdin.read().split()):.0f}")'; }
for round in 1 2; do
  echo "== round $round"
  .build/release/udl bench double-descent --runs 5 --epochs "$EPOCHS" --sizes 64 2>/dev/null \
    | grep -E "core|median|1000 epochs" | sed 's/^/[ours, 2 widths at a time] /'
  for loader in dataloader index; do
    for run in 1 2 3 4 5; do
      python3 Benchmarks/pytorch_double_descent.py --epochs "$EPOCHS" --loader "$loader" --data /tmp/mnist1d-8000 \
        2>/dev/null | sed -n 's/.*about \([0-9]*\) s.*/\1/p'
    done | median | sed "s/^/[torch $loader f32] sweep at 1000 epochs, median of 5 estimates (s): /"
  done
done
echo FINISHED
