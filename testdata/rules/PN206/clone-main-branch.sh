#!/bin/bash
set -euo pipefail
git clone -b main https://github.com/org/tool.git /opt/tool
cd /opt/tool && make install
# expect: PN206 3:14
