FROM debian:bookworm-slim
ADD rootfs.tar.gz /
