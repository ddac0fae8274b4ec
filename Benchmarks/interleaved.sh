#!/bin/bash
# The interleaved protocol of Benchmarks/README.md: two rounds, each program's median of 5 runs.
# Needs a release build (swift build -c release), the MNIST-1D files in /tmp/mnist1d
# (udl dataset mnist1d --out /tmp/mnist1d) and PyTorch. An older build in $OLD (a release build of
# another commit) adds the "before" line.
cd "$(dirname "$0")/.."
OLD=${OLD:-/tmp/old/.build/release/udl}
for round in 1 2; do
  echo "== round $round"
  [ -x "$OLD" ] && "$OLD" bench --runs 5 --sizes 64 2>/dev/null | grep -E "median" | sed 's/^/[mlp before] /'
  .build/release/udl bench --runs 5 --sizes 64 256 1024 2>/dev/null | grep -E "core|median|final|^ +[0-9]+ +[0-9]" | sed 's/^/[mlp auto] /'
  OPENBLAS_CORETYPE=SkylakeX .build/release/udl bench --runs 5 --sizes 64 2>/dev/null | grep -E "median" | sed 's/^/[mlp forced SkylakeX] /'
  .build/release/udl bench --runs 5 --sizes 64 --precision single 2>/dev/null | grep -E "median|final" | sed 's/^/[mlp single] /'
  (cd Benchmarks && python3 pytorch_mnist1d.py --runs 5 --data /tmp/mnist1d 2>/dev/null | grep -E "median|final" | sed 's/^/[mlp torch dataloader f32] /')
  (cd Benchmarks && python3 pytorch_mnist1d.py --runs 5 --loader index --data /tmp/mnist1d 2>/dev/null | grep -E "median|final" | sed 's/^/[mlp torch index f32] /')
  .build/release/udl bench cnn --runs 5 --sizes 64 2>/dev/null | grep -E "median|final" | sed 's/^/[cnn ours] /'
  (cd Benchmarks && python3 pytorch_cnn_mnist1d.py --runs 5 --data /tmp/mnist1d 2>/dev/null | grep -E "median|final" | sed 's/^/[cnn torch dataloader f32] /')
  (cd Benchmarks && python3 pytorch_cnn_mnist1d.py --runs 5 --loader index --data /tmp/mnist1d 2>/dev/null | grep -E "median|final" | sed 's/^/[cnn torch index f32] /')
  (cd Benchmarks && python3 pytorch_cnn_mnist1d.py --runs 5 --loader index --dtype float64 --data /tmp/mnist1d 2>/dev/null | grep -E "median|final" | sed 's/^/[cnn torch index f64] /')
done
echo FINISHED
