FROM python:3.12-slim AS build
RUN virtualenv /opt/tools/venv

FROM python:3.12-slim
COPY --from=build /opt/tools /usr/local/tools
# expect: VE303 5:1
