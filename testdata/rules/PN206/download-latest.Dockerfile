FROM debian:bookworm-slim
RUN curl -fsSLo /usr/local/bin/yq https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64 \
    && chmod +x /usr/local/bin/yq
RUN wget -q https://raw.githubusercontent.com/org/repo/master/scripts/setup.py -O /tmp/setup.py
# expect: PN206 2:35
# expect: PN206 4:13
