FROM python:3.12-slim
WORKDIR /opt/service
# the whole context lands in /opt/service, requirements file included
ADD . /opt/service/
RUN apt-get update && apt-get install -y --no-install-recommends gcc \
 && pip install -r requirements/prod.txt
# expect: CA101 5:1
