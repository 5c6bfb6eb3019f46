# syntax=docker/dockerfile:1
FROM python:3.12-slim
ARG VENV=/opt/app-venv
RUN python -m venv $VENV
RUN <<EOF
set -e
source ${VENV}/bin/activate
pip install httpx==0.27.0
EOF
ENTRYPOINT python -m app
# expect: VE302 7:1
