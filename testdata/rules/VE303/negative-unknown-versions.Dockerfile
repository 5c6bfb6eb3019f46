FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build
RUN python3 -m venv /opt/venv

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
