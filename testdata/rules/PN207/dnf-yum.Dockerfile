FROM rockylinux:9.3
RUN dnf install -y gcc-11.4.1-3.el9 make && yum install -y which
# expect: PN207 2:37
# expect: PN207 2:60
