# escape=`
FROM debian:bookworm-slim
RUN apt-get update && `
    curl -fsSL https://example.com/a.tgz `
    | tar -xz
# expect: SH501 5:5
