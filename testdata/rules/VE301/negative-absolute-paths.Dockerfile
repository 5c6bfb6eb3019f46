FROM python:3.12-slim
WORKDIR /app
RUN python -m venv /app/.venv
RUN virtualenv /venv
RUN uv venv /usr/local/venv
