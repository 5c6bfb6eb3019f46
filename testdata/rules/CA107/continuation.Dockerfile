FROM ubuntu:22.04
RUN apt-get install -y software-properties-common
RUN add-apt-repository -y ppa:deadsnakes/ppa \
 && apt-get update
RUN apt-get install -y python3.11
# expect: CA107 3:1
