# syntax=docker/dockerfile:1
FROM python:3.12-slim
ARG WHEELS=/wheels
COPY wheels $WHEELS
RUN <<EOF
set -e
python -m pip install --find-links "$WHEELS" -r requirements.txt
EOF
# expect: WH402 7:1
