FROM python:3.11-slim
RUN useradd -m app
USER app
RUN pip install --user virtualenv==20.26.3 \
 && python -m virtualenv \
      $HOME/.venvs/app
# expect: VE301 6:7
