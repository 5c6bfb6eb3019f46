FROM debian:bookworm-slim
ARG MINICONDA_URL=https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh
ADD ${MINICONDA_URL} /tmp/miniconda.sh
# expect: CA108 3:5
