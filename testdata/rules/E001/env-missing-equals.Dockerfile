FROM debian:bookworm-slim
ENV A=1 B
# expect: E001 2:9
