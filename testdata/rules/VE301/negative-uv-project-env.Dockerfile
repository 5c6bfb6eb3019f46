FROM python:3.12-slim
ENV UV_PROJECT_ENVIRONMENT=/opt/venv
WORKDIR /app
RUN uv venv
