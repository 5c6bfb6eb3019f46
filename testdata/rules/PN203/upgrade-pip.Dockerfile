FROM python:3.12-slim
RUN pip install -U pip setuptools wheel
# expect: PN203 2:20
# expect: PN203 2:24
# expect: PN203 2:35
