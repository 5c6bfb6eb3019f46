FROM ubuntu
RUN apt-get update
# expect: PN201 1:6
