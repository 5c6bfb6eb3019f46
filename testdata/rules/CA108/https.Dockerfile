FROM debian:bookworm-slim
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini
# expect: CA108 2:5
