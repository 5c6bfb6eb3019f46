FROM debian:bookworm-slim
RUN curl -fsSL https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64 -o /usr/local/bin/yq \
    && wget -q http://deb.debian.org/debian/pool/main/c/curl/curl_7.88.1-10_amd64.deb
