# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim
WORKDIR /srv
COPY package.json package-lock.json ./
RUN <<EOF
set -e
npm ci --omit=dev
EOF
# expect: CA102 5:1
