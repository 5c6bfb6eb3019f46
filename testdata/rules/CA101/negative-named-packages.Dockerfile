FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0
