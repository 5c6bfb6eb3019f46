FROM debian:bookworm-slim
ENV PATH
# expect: E001 2:5
