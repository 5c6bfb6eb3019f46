# syntax=docker/dockerfile:1
FROM python:3.12-slim
ARG PIP_CACHE=/root/.cache/pip
COPY requirements.txt .
RUN --mount=type=cache,target=${PIP_CACHE} pip install -r requirements.txt
