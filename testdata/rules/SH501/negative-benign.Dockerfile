FROM debian:bookworm-slim
RUN echo "deb http://deb.example.com stable main" | tee /etc/apt/sources.list.d/x.list
RUN printf '%s\n' a b | sort > /list
RUN ARCH="$(uname -m | sed 's/x86_64/amd64/')" && echo "$ARCH"
RUN dpkg -l | grep -q libssl || apt-get install -y libssl3
RUN cat <<'EOT' | tee /etc/x.conf
x=1
EOT
RUN yes | head -n 3 > /y
RUN if curl -fsS https://example.com | grep -q ok; then echo up; fi
