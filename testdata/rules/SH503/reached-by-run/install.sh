#!/bin/bash
pip install --no-cache-dir -r /app/requirements.txt
python -m compileall /app
# expect: SH503 1:1
