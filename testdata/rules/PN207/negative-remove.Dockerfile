FROM debian:bookworm-slim
RUN apt-get purge -y curl && apt-get autoremove -y && apk del git
