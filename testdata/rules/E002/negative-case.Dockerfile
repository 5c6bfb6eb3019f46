FROM debian:bookworm-slim
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64) arch=amd64 ;; \
      aarch64) arch=arm64 ;; \
    esac; \
    echo "$arch"
