#!/bin/bash
set -euo pipefail
apt-get update
pip install --no-cache-dir numpy==1.26.4 pandas==2.2.2
# expect: SH505 4:1
