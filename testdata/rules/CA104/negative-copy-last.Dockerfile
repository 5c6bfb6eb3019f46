FROM alpine:3.20
RUN apk add --no-cache python3
COPY negative-copy-last.Dockerfile /srv/
CMD ["python3", "-m", "http.server"]
