#!/usr/bin/env bash
set -euo pipefail
exec python -m vllm.entrypoints.openai.api_server --model /app/model_weights --port 8000
