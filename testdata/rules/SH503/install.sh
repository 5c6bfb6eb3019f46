#!/bin/bash
# Installs the toolchain.
apt-get update
apt-get install -y --no-install-recommends build-essential
git clone --depth 1 https://example.com/lib.git /opt/lib
# expect: SH503 1:1
