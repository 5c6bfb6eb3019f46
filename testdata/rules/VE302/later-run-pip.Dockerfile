FROM python:3.12-slim
WORKDIR /app
RUN python3 -m venv .venv
RUN source .venv/bin/activate \
 && pip install -r requirements.txt
RUN pip3 install gunicorn==22.0.0
# expect: VE302 4:5
