ARG TAG=latest
FROM localhost:5000/team/base:${TAG}
FROM localhost:5000/team/tools
# expect: PN201 2:6
# expect: PN201 3:6
