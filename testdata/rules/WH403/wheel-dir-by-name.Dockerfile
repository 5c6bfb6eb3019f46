FROM python:3.12-slim AS compile
ARG OUT=/artifacts
RUN pip wheel --wheel-dir=$OUT numpy==2.0.1

FROM compile AS runtime
COPY --from=compile /artifacts /artifacts
RUN pip install --no-index --find-links=/artifacts numpy==2.0.1
# expect: WH403 6:1
