FROM python:3.12-slim
ENV VENV_DIR=.venv
WORKDIR /app
RUN python -m venv $VENV_DIR
# expect: VE301 4:20
