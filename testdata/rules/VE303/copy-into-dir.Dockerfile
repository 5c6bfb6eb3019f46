FROM python:3.12-slim AS build
RUN uv venv /opt/venv \
 && uv pip install --python /opt/venv/bin/python flask==3.0.3

FROM python:3.12-slim
COPY --from=build \
     /opt/venv /opt/
# expect: VE303 6:1
