# syntax=docker/dockerfile:1
# A typical two-stage Python service image: the size and mix of instructions of a median real Dockerfile.
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    LANG=C.UTF-8

RUN apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        curl \
        git \
        libpq-dev \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY requirements.txt constraints.txt ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --upgrade pip wheel \
    && /opt/venv/bin/pip install -r requirements.txt -c constraints.txt

COPY . .
RUN /opt/venv/bin/pip install --no-deps . \
    && find /opt/venv -name '__pycache__' -type d -prune -exec rm -rf {} +

FROM python:${PYTHON_VERSION}-slim AS runtime
LABEL org.opencontainers.image.title="service" \
      org.opencontainers.image.source="https://example.org/service"

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends libpq5 tini; \
    rm -rf /var/lib/apt/lists/*; \
    groupadd --system app && useradd --system --gid app --home /app app

COPY --from=build /opt/venv /opt/venv
COPY --chown=app:app docker/entrypoint.sh /usr/local/bin/entrypoint.sh
ENV PATH=/opt/venv/bin:$PATH \
    APP_ENV=production

WORKDIR /app
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s \
    CMD curl -fsS http://localhost:8000/healthz || exit 1

RUN if [ "$APP_ENV" = "production" ]; then \
        python -c "import service" ; \
    else \
        echo "dev build" | tee /tmp/build-mode ; \
    fi

ENTRYPOINT ["tini", "--", "/usr/local/bin/entrypoint.sh"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "service.wsgi:app"]
