# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y curl
EOF
RUN <<EOF
apt-get update && apt-get install -y git
EOF
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
RUN <<EOF
apt-get update
apt-get install -y wget
EOF
RUN <<EOF
#!/usr/bin/env -S bash -e
apt-get update
apt-get install -y jq
EOF
