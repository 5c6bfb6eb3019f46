#!/bin/bash
set -euo pipefail
pip install uv
uv pip install --system "fastapi>=0.110" uvicorn
# expect: SH505 4:1
