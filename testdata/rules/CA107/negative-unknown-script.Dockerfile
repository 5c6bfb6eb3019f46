FROM ubuntu:22.04
RUN apt-get update && /usr/local/bin/install-deps.sh
