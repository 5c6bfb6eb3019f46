#!/bin/bash
set -euo pipefail
python3 -m pip install --user pipx==1.6.0
pipx install black==24.4.2
