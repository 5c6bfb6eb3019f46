FROM debian:bookworm-slim
RUN set -euo pipefail; \
    curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local
RUN set -o pipefail && wget -qO- https://example.com/a.tgz \
    | tar -xz
