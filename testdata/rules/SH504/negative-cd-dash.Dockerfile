FROM debian:bookworm-slim
RUN pushd /opt >/dev/null; popd >/dev/null
RUN cd - >/dev/null
