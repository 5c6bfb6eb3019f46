FROM alpine
# expect: PN202 1:6
