#!/bin/sh
set -eu
curl -fsSL -o /tmp/get-pip.py https://bootstrap.pypa.io/pip/3.8/get-pip.py
python3 /tmp/get-pip.py
