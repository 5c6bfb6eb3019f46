FROM python:3.12-slim
COPY ../shared/requirements.txt /app/
# expect: DF602 2:6
