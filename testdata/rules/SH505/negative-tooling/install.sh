#!/bin/bash
set -euo pipefail
python -m pip install --upgrade pip setuptools wheel
pip install --user pipx
