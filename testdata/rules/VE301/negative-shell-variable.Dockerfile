FROM python:3.12-slim
RUN d=/opt/venv; python -m venv "$d"
RUN conda create -y -p ./env python=3.11
