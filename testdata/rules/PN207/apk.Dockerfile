FROM alpine:3.20
RUN apk add --no-cache bash git=2.45.2-r0
# expect: PN207 2:24
