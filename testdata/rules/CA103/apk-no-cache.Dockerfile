# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add --no-cache git
# expect: CA103 3:54
