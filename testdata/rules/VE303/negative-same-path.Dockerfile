FROM python:3.12-slim AS build
ARG VENV=/opt/venv
RUN python -m venv $VENV && $VENV/bin/pip install gunicorn==22.0.0

FROM python:3.12-slim
ARG VENV=/opt/venv
COPY --from=build $VENV $VENV
ENV PATH="/opt/venv/bin:$PATH"
