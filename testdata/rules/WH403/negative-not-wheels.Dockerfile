FROM python:3.12-slim AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
COPY --from=build /etc/ssl/certs /etc/ssl/certs

FROM scratch AS wheel-export
COPY --from=build /wheels /wheels
