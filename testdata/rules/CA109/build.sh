#!/usr/bin/env bash
set -euo pipefail
docker build -t myorg/app:latest .
# expect: CA109 3:1
