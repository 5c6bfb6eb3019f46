FROM python:3.12-slim
ENV VIRTUAL_ENV=/opt/venv
RUN python -m venv $VIRTUAL_ENV && . /opt/venv/bin/activate && pip install flask==3.0.3
ENV PATH="$VIRTUAL_ENV/bin:$PATH"
CMD ["python", "-m", "flask", "run"]
