FROM debian:bookworm-slim
RUN cat <<EOF > /etc/motd
hello
# expect: E001 2:9
