FROM alpine:3.20
COPY copy-self.Dockerfile /usr/share/doc/build/Dockerfile
RUN apk add --no-cache curl git
# expect: CA104 2:1
