#!/bin/bash
pip install --no-cache-dir -e /workspace
echo "starting"
exec python -m server "$@"
