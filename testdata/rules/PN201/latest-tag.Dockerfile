# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:latest AS build
RUN go version
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /go/bin/app /app
# expect: PN201 2:32
