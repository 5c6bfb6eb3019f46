# syntax=docker/dockerfile:1
FROM python:3.12-slim
ENV HOME=/home/app
USER 1000:1000
COPY requirements.txt /tmp/
RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install --user -r /tmp/requirements.txt
