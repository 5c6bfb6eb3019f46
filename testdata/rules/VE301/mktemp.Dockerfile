FROM python:3.12-slim
RUN python -m venv "$(mktemp -d)/env"
# expect: VE301 2:20
