FROM alpine:3.20
arg cachebust=1
RUN wget -O /tmp/tool.tgz https://example.com/tool-1.2.3.tgz
RUN tar -xzf /tmp/tool.tgz -C /usr/local
# expect: CA105 2:1
