# syntax=docker/dockerfile:1
FROM node:20-slim
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm <<EOF
npm ci
npm cache clean --force
EOF
# expect: CA103 6:1
