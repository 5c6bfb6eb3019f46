FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates
RUN curl -fsSL https://example.com/tool-1.2.3.tar.gz | tar -xz -C /usr/local
# expect: SH501 3:54
