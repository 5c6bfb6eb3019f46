FROM debian:bookworm-slim
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz \
 && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/tool.tgz" | sha256sum -c -
