FROM ubuntu:22.04
RUN set -eux; \
# fetch the signing key
    wget -qO- https://example.com/key.asc \
      | gpg --dearmor -o /usr/share/keyrings/example.gpg; \
    echo done
# expect: SH501 5:7
