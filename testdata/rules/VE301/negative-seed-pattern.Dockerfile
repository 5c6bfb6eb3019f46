FROM python:3.11-slim
ENV DEBIAN_FRONTEND=noninteractive
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential libnuma-dev python3.11-venv python3-dev \
    && rm -rf /var/lib/apt/lists/*
ENV VENV_PATH=/opt/venv
RUN python -m venv $VENV_PATH
ENV PATH="$VENV_PATH/bin:$PATH"
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --upgrade pip wheel setuptools \
    && pip wheel --wheel-dir=/wheels -r /tmp/requirements.txt \
    && pip install --no-index --find-links=/wheels -r /tmp/requirements.txt
CMD ["python", "-m", "app"]
