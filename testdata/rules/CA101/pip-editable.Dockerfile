FROM python:3.11-slim
COPY . /src
WORKDIR /src
RUN python -m pip install --no-cache-dir \
        -e .
# expect: CA101 4:1
