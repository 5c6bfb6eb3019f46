FROM python:3.12-slim
WORKDIR /app
RUN python -m venv .venv
RUN . .venv/bin/activate && pip install -r requirements.txt
RUN . .venv/bin/activate && python -m compileall .
CMD [".venv/bin/python", "main.py"]
