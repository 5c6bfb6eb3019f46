FROM python:3.12-slim
ENV PIP_NO_INDEX=1
COPY wheels /wheels
RUN pip install --find-links /wheels -r requirements.txt
