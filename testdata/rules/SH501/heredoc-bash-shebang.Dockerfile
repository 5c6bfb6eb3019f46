# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN <<EOF
#!/bin/bash
set -e
curl -fsSL https://example.com/data.json | python3 -m json.tool > /data.json
EOF
# expect: SH501 7:42
