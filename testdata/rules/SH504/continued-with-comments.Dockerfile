FROM debian:bookworm-slim
RUN set -eux; \
    mkdir -p /usr/src/app; \
# build from source
    cd /usr/src/app; \
    make -j"$(nproc)"; \
    cd /; \
    rm -rf /usr/src/app/build
# expect: SH504 5:5
