FROM python:3.12-slim
COPY src/../requirements.txt ./app/ /app/
COPY . /app
