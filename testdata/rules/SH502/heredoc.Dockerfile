# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -e
apt-get update
curl --proto '=https' -sSf https://sh.rustup.rs | sh -s -- -y
EOF
# expect: SH502 6:1
