FROM alpine:3.20
RUN apk update
RUN apk add git
# expect: CA107 2:1
