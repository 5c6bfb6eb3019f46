# syntax=docker/dockerfile:1
FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
# expect: CA103 5:48
