FROM python:3.12-slim
COPY dist/ /tmp/dist/
RUN pip install --upgrade pip==24.2 && \
    pip install \
      -f /tmp/dist myapp==1.0.0
# expect: WH402 4:5
