#!/bin/bash
set -euo pipefail
pip install black ruff
