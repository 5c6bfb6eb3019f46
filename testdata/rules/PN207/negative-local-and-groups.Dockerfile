FROM rockylinux:9.3
COPY pkgs/ /tmp/pkgs/
RUN dnf install -y /tmp/pkgs/tool.rpm && dnf groupinstall -y "@Development Tools" \
    && apt-get install -y ./vendor.deb $EXTRA_PACKAGES
