FROM golang:1.22 AS build
RUN --mount=type=cache,target=/go/pkg/mod \
    # fetch modules
    go mod download
COPY <<EOF /etc/app.conf
port=8080
EOF
CMD ["/app"]
