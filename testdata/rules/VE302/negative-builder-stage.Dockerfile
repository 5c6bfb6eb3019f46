FROM python:3.12-slim AS build
RUN python -m venv /opt/venv && . /opt/venv/bin/activate && pip install flask==3.0.3

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
CMD ["python", "-m", "flask", "run"]
