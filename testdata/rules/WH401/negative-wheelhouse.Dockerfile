FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential python3-dev && rm -rf /var/lib/apt/lists/*
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --wheel-dir=/wheels -r /tmp/requirements.txt \
    && pip install --no-index --find-links=/wheels -r /tmp/requirements.txt
