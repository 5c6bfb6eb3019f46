#!/usr/bin/env bash
for v in 3.10 3.11 3.12; do
  docker build --build-arg PYTHON_VERSION="$v" -t "lib:py$v" . || exit 1
done
# expect: CA109 3:3
