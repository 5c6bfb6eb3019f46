FROM python:3.12-slim
COPY app.py /etc/ssl/certs/corp.pem /app/
# expect: DF602 2:13
