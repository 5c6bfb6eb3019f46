FROM python:3.12-slim AS build
RUN mkdir -p /out && echo hi > /out/x

FROM python:3.11-slim
COPY --from=build /out /srv/out
