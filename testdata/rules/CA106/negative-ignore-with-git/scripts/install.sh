#!/bin/sh
set -eu
pip install --no-cache-dir -r requirements.txt
