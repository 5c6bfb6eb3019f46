FROM rockylinux:9
RUN yum makecache
RUN yum install -y git
# expect: CA107 2:1
