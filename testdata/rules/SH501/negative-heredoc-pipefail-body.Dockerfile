# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
#!/bin/bash
set -euo pipefail
curl -fsSL https://example.com/a.tgz | tar -xz
EOF
