FROM debian:bookworm-slim
RUN curl -fsSL https://example.com/tool-1.2.3.tar.gz | tar -xz -C /usr/local
RUN wget -qO- https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/k.gpg
