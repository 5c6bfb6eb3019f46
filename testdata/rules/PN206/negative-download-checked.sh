#!/bin/bash
set -euo pipefail
curl -fsSLO https://github.com/org/tool/releases/latest/download/tool.tar.gz
curl -fsSLO https://github.com/org/tool/releases/latest/download/tool.tar.gz.sha256
sha256sum -c tool.tar.gz.sha256
