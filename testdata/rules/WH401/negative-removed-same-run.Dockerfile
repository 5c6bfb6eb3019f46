FROM python:3.12-alpine
COPY requirements.txt .
RUN apk add --no-cache --virtual .build-deps gcc musl-dev \
 && pip install -r requirements.txt \
 && apk del .build-deps
