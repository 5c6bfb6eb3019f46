ARG REGISTRY=docker.io/library
ARG PYTHON_IMAGE=python
FROM ${REGISTRY}/${PYTHON_IMAGE} AS base
RUN python -V
# expect: PN201 3:6
