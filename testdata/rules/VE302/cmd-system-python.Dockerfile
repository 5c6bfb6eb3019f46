FROM python:3.12-slim
RUN python -m venv /opt/venv && . /opt/venv/bin/activate && pip install flask==3.0.3
CMD ["python", "-m", "flask", "run"]
# expect: VE302 2:33
