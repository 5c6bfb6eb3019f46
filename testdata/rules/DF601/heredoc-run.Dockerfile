FROM debian:bookworm-slim
RUN apt-get update \
    && echo ok
RUN <<EOF
set -e
echo hi
EOF
# expect: DF601 4:5
