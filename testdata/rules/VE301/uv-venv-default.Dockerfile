FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.4.20 /uv /usr/local/bin/uv
WORKDIR /srv
RUN uv venv --python 3.12
# expect: VE301 4:5
