FROM python:3.12-slim
COPY wheels/ /wheels/
COPY requirements.txt .
RUN pip install --find-links=/wheels -r requirements.txt
# expect: WH402 4:5
