FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3
ARG BUILD_DATE
ARG VCS_REF
LABEL org.opencontainers.image.created=$BUILD_DATE org.opencontainers.image.revision=$VCS_REF
