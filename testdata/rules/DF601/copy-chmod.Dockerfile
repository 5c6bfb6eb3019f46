FROM alpine:3.20
COPY --chmod=0755 entrypoint.sh /usr/local/bin/
# expect: DF601 2:6
