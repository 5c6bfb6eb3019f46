# syntax=docker/dockerfile:1
FROM python:3.12-slim
COPY requirements.txt pyproject.toml ./
RUN --mount=type=cache,target=/root/.cache pip install uv==0.4.20 && uv pip install --system -r requirements.txt
