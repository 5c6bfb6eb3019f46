# escape=`
FROM debian:bookworm-slim
RUN git clone https://example.com/r.git /r && `
    cd /r && `
    make install
# expect: SH504 4:5
