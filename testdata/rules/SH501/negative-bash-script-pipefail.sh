#!/bin/bash
set -euo pipefail
curl -fsSL https://example.com/a.tgz | tar -xz
