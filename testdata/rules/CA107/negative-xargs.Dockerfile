FROM debian:bookworm-slim
COPY packages.txt /tmp/
RUN apt-get update && xargs apt-get install -y < /tmp/packages.txt
