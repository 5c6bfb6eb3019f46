FROM python:3.12-slim
ARG TORCH_VERSION=2.3.1
RUN pip install -c /constraints.txt numpy pandas \
    && pip install "torch==${TORCH_VERSION}" $EXTRA_PACKAGES \
    && pip uninstall -y setuptools
