FROM ubuntu:22.04
ADD ./ /srv/
# expect: CA106 2:1
