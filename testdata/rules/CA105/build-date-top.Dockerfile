FROM python:3.12-slim
ARG BUILD_DATE
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN pip install --no-cache-dir flask==3.0.3
LABEL org.opencontainers.image.created=$BUILD_DATE
# expect: CA105 2:1
