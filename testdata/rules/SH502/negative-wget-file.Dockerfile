FROM debian:bookworm-slim
RUN wget -q https://example.com/install.sh | sh
RUN wget -O /tmp/i.sh https://example.com/install.sh && sh /tmp/i.sh
