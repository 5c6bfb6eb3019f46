FROM debian:bookworm-slim
RUN echo "unclosed \
    && apt-get update
# expect: E002 2:10
