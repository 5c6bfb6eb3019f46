FROM python:3.12-slim
COPY . /src
RUN pip install -r /src/requirements.txt \
    && pip install -e /src \
    && pip install /wheels/*.whl ./dist/app-1.0-py3-none-any.whl . \
    && pip install git+https://github.com/org/lib.git@v1.2.0
