FROM debian:bookworm-slim
RUN curl -fsSL -o /tmp/install.sh https://example.com/v1.2.3/install.sh \
 && echo "0123456789abcdef  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
RUN curl -fsSLO https://example.com/v1/install.sh && bash install.sh
