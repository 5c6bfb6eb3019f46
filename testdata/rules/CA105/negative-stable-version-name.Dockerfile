FROM python:3.12-slim
ARG PYTHON_VERSION=3.12
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
