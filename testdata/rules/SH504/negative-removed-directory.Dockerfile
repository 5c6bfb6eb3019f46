FROM debian:bookworm-slim
# The RUN deletes the directory it works in: scratch space, where WORKDIR would be wrong advice.
RUN cd /tmp/deps && make install && rm -rf /tmp/deps
RUN mkdir build && cd build && cmake .. && make install && cd .. && rm -rf build
RUN cd /tmp/src/tool-1.2/ && ./configure && make install && rm -r /tmp/src
RUN set -eux; \
    mkdir -p /usr/src/app; \
# build from source
    cd /usr/src/app; \
    make -j"$(nproc)"; \
    cd /; \
    rm -rf /usr/src/app
