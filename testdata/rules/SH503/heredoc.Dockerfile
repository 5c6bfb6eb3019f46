# syntax=docker/dockerfile:1
FROM python:3.12-slim
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends git
pip install --no-cache-dir -r /tmp/requirements.txt
EOF
# expect: SH503 3:5
