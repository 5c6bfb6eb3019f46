#!/bin/bash
set -euo pipefail
echo "installing git-lfs"
curl -s https://packagecloud.io/install/repositories/github/git-lfs/script.deb.sh | bash
# expect: SH502 4:1
