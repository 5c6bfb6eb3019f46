# syntax=docker/dockerfile:1
FROM alpine:3.20
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /src
# expect: CA108 3:25
