#!/bin/bash
set -euo pipefail
if [ "${CUDA:-0}" = "1" ]; then
    python -m pip install torch==2.3.1 --index-url https://download.pytorch.org/whl/cu121
fi
# expect: SH505 4:5
