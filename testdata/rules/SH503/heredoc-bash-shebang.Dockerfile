# escape=`
# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-e", "-c"]
RUN apt-get update && `
    apt-get install -y curl
RUN  <<'INSTALL'
#!/bin/bash
curl -fsSL -o /tmp/a.tgz https://example.com/a-1.0.tgz
tar -xzf /tmp/a.tgz -C /opt
INSTALL
# expect: SH503 7:6
