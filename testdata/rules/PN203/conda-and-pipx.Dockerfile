FROM continuumio/miniconda3:24.5.0-0
RUN conda install -y -c conda-forge numpy=1.26 scipy=1.13.1 pandas \
    && pipx install poetry
# expect: PN203 2:37
# expect: PN203 2:61
# expect: PN203 3:21
