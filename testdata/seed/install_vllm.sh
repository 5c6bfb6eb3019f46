#!/usr/bin/env bash
# Builds vLLM from the source copied to /app/vllm_source (the seed's command_vllm_install.txt, as a script).
set -euo pipefail
pip install ninja cmake packaging
pip install torch==2.3.1 --index-url https://download.pytorch.org/whl/cpu
cd /app/vllm_source
VLLM_TARGET_DEVICE=cpu python setup.py bdist_wheel
pip install dist/*.whl
