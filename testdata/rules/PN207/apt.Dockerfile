FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates=20230311 \
        curl \
    && rm -rf /var/lib/apt/lists/*
# expect: PN207 4:9
