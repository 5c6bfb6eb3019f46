# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -e
  cd /opt/tool
./configure && make
EOF
# expect: SH504 5:3
