FROM python:3.12-slim
RUN python -m venv /opt/venv \
 && . /opt/venv/bin/activate \
 && pip install build==1.2.1 \
 && python -m build --wheel /src
CMD ["/opt/venv/bin/python", "-m", "app"]
