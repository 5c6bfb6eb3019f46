FROM ubuntu:22.04
ARG VERSION
ENV APP_VERSION=${VERSION}
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv \
 && python3 -m venv /opt/venv
# expect: CA105 2:1
