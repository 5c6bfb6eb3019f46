#!/bin/sh
set -eu
uv pip install --system fastapi==0.111.0 "uvicorn[standard]"
uv tool install ruff
# expect: PN203 3:42
# expect: PN203 4:17
