FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --upgrade pip \
 && pip install \
      --no-cache-dir \
      -r requirements.txt
# expect: CA102 4:1
