FROM debian:bookworm-slim
RUN <<EOF
set -e
if true; then
  echo hi
EOF
# expect: E002 6:1
