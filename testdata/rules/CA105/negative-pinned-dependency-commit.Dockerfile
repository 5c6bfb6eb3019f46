FROM python:3.12-slim
ARG FLASHATTN_COMMIT=3b6c4d2f1a
RUN apt-get update && apt-get install -y --no-install-recommends git build-essential
RUN pip install --no-cache-dir "git+https://github.com/example/flash-attention@${FLASHATTN_COMMIT}"
