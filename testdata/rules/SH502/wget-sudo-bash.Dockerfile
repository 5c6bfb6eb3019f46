FROM ubuntu:22.04
RUN set -eux; \
# node repository
    wget -qO- https://deb.example.com/setup_20.x \
      | sudo -E bash -
# expect: SH502 4:5
