FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
    && apk add --no-cache git=2.45.2-r0 \
    && dnf install -y make-4.3-8.el9
