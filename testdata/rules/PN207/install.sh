#!/bin/sh
set -eu
apt-get install -y jq
# expect: PN207 3:20
