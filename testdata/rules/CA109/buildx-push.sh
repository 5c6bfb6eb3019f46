#!/bin/sh
set -e
docker buildx build \
  --platform linux/amd64,linux/arm64 \
  --push -t "$IMAGE" .
# expect: CA109 3:1
