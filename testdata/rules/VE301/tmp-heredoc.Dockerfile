# syntax=docker/dockerfile:1
FROM python:3.12-slim
RUN <<EOF
set -e
python3 -m venv /tmp/venv
/tmp/venv/bin/pip install requests==2.32.3
EOF
# expect: VE301 5:17
