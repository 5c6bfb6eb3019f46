#!/bin/bash
set -euo pipefail
apt-get install -y --no-install-recommends curl
