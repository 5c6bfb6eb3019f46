FROM python:3.12-slim
ADD src/../../vendor.tar.gz /opt/
COPY --chown=app:app ["./config/../../secrets.env", "/app/"]
# expect: DF602 2:5
# expect: DF602 3:23
