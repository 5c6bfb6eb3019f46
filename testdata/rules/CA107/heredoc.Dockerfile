# syntax=docker/dockerfile:1
FROM ubuntu:22.04
RUN <<EOF
set -e
apt update
EOF
RUN apt install -y git
# expect: CA107 3:1
