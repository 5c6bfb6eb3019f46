FROM python:3.11-slim AS builder
ENV VENV_PATH=/opt/venv
RUN python -m venv $VENV_PATH && $VENV_PATH/bin/pip install numpy==1.26.4

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
# expect: VE303 6:1
