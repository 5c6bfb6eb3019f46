# escape=`
FROM debian:bookworm-slim
RUN apt-get update && `
    curl -sS https://bootstrap.pypa.io/get-pip.py | python3
# expect: SH502 4:5
