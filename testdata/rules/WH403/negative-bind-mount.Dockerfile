# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
RUN pip wheel --wheel-dir=/wheels flask==3.0.3

FROM python:3.12-slim
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-index --find-links=/wheels flask==3.0.3
