FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl \
 && curl -LsSf https://astral.sh/uv/install.sh | sh
# expect: SH502 3:5
