FROM python:3.12-slim
COPY wheels /wheels
RUN PIP_NO_INDEX=1 pip install --find-links /wheels -r requirements.txt
RUN pip wheel --find-links /wheels -w /out -r requirements.txt
