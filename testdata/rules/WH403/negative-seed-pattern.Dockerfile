FROM python:3.11-slim
WORKDIR /app
ENV VENV_PATH=/opt/venv
RUN python -m venv $VENV_PATH
ENV PATH="$VENV_PATH/bin:$PATH"
COPY requirements.txt /tmp/requirements.txt
RUN pip wheel --wheel-dir=/wheels -r /tmp/requirements.txt \
    && pip install --no-index --find-links=/wheels -r /tmp/requirements.txt
CMD ["python", "-m", "app"]
