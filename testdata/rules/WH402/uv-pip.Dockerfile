FROM python:3.12-slim
COPY wheels /wheels
RUN uv pip install --system --find-links /wheels -r requirements.txt
# expect: WH402 3:5
