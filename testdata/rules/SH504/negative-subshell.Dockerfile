FROM debian:bookworm-slim
RUN (cd /opt/tool && make install) && rm -rf /opt/tool
RUN VERSION="$(cd /opt/tool && git describe --tags)" && echo "$VERSION" > /version
