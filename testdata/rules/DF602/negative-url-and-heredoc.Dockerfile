# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
ADD https://example.com/tool-1.0.tar.gz /opt/
COPY <<EOF /etc/app.conf
path=/etc/app
EOF
