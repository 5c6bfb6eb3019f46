FROM python:3.12-slim
COPY . /src
WORKDIR /app
RUN pip install -r requirements.txt
