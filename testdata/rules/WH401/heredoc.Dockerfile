# syntax=docker/dockerfile:1
FROM python:3.11-slim
RUN apt-get update && apt-get install -y gcc g++ && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN <<EOF
set -e
pip install -r requirements.txt
EOF
# expect: WH401 7:1
