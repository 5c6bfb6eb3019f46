#!/bin/bash
set -euo pipefail
cd /opt/tool
make install
