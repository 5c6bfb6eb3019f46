FROM alpine:3.20
ONBUILD ADD http://example.com/config.tar.gz /etc/app/
# expect: CA108 2:13
