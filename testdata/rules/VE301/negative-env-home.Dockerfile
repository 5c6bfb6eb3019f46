FROM python:3.12-slim
ENV HOME=/home/app
RUN python -m venv $HOME/venv
