FROM python:3.11
ENV PIP_CACHE_DIR=/var/cache/pip
COPY requirements.txt /tmp/
RUN --mount=type=cache,target=/root/.cache/pip pip install -r /tmp/requirements.txt
# expect: CA102 4:1
