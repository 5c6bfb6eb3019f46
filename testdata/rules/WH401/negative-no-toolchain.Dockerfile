FROM python:3.12-slim
RUN apt-get update && apt-get install -y libpq-dev curl
COPY requirements.txt .
RUN pip install -r requirements.txt
