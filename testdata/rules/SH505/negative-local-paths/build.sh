#!/bin/bash
set -euo pipefail
pip install --no-cache-dir /src
pip install --no-cache-dir /src/dist/*.whl
pip install "git+https://example.com/lib.git@0123456789abcdef0123456789abcdef01234567"
