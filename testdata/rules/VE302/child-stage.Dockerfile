FROM python:3.12-slim AS base
RUN python -m venv /venv
RUN . /venv/bin/activate && pip install numpy==2.0.1

FROM base AS runtime
COPY app.py /app.py
CMD ["sh", "-c", "python /app.py"]
# expect: VE302 3:5
