FROM python:3.12-slim
COPY requirements.txt .
RUN --mount=type=cache,target=/root/.cache/pip PIP_CACHE_DIR=/tmp/pip-cache pip install -r requirements.txt
# expect: CA102 3:1
