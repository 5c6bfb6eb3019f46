FROM python:3.12-slim
ARG SRC=../src
ADD ${SRC} /app/src
# expect: DF602 3:5
