FROM python:3.12-slim AS build
RUN python -m venv /app/.venv && /app/.venv/bin/pip install gunicorn==22.0.0

FROM python:3.12-slim
COPY --from=build /app/.venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
CMD ["gunicorn", "app:app"]
# expect: VE303 5:1
