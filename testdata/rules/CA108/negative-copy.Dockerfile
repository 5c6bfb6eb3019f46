FROM debian:bookworm-slim
COPY https-proxy.conf /etc/apt/apt.conf.d/
