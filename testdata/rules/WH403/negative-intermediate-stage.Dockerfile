FROM python:3.12-slim AS build
RUN pip wheel --wheel-dir=/wheels flask==3.0.3

FROM python:3.12-slim AS install
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links=/wheels --prefix=/install flask==3.0.3

FROM python:3.12-slim
COPY --from=install /install /usr/local
