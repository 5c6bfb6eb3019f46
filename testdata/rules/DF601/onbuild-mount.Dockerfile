FROM alpine:3.20
ONBUILD RUN --mount=type=cache,target=/var/cache/apk apk add git
# expect: DF601 2:13
