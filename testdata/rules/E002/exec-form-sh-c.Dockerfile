FROM alpine:3.20
RUN ["sh", "-c", "echo $(date"]
# expect: E002 2:24
