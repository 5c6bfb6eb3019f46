# syntax=docker/dockerfile:1
FROM python:3.12-slim
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install \
      --no-cache-dir \
      -r requirements.txt
# expect: CA103 6:7
