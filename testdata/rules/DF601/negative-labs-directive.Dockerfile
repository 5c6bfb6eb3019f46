# syntax=docker/dockerfile:1.7-labs
FROM alpine:3.20
COPY --parents src/**/*.py /app/
