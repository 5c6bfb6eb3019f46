FROM python:3.12-slim
WORKDIR /app
RUN python -m venv venv && venv/bin/pip install flask==3.0.3
# expect: VE301 3:20
