FROM python:3.12-slim
ARG SRC_DIR
COPY ${SRC_DIR}/app /app
