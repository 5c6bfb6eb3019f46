# syntax=docker/dockerfile:1
FROM python:3.12-slim
ARG GIT_COMMIT
RUN bash -eux <<EOF
git clone https://example.com/app.git /opt/app
git -C /opt/app checkout $GIT_COMMIT
EOF
