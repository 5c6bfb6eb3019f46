FROM python:3.11-slim AS build
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev

FROM python:3.11-slim
WORKDIR /srv
COPY --from=build /app/.venv .venv
# expect: VE303 8:1
