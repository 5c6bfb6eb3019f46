FROM python:3.12-alpine
RUN apk add --no-cache build-base libffi-dev
COPY requirements.txt .
RUN pip install --upgrade pip==24.2 \
 && pip install --no-cache-dir \
      -r requirements.txt
# expect: WH401 5:5
