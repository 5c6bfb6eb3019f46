FROM debian:bookworm-slim
SHELL ["/usr/bin/bash", "-eo", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local
FROM debian:bookworm-slim AS second
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
RUN wget -qO- https://example.com/a.tgz | tar -xz
