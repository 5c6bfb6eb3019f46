FROM python:3.12-slim
COPY . /src
RUN cd /src && pip install --no-cache-dir .
# expect: SH504 3:5
