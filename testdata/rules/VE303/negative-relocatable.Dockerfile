FROM python:3.12-slim AS build
RUN uv venv --relocatable /build/venv

FROM python:3.12-slim
COPY --from=build /build/venv /opt/venv
