FROM debian:bookworm-slim
COPY negative-apt-config.Dockerfile /etc/apt/apt.conf.d/99local
RUN apt-get update && apt-get install -y --no-install-recommends curl
