FROM python:3.12-slim AS builder
RUN pip wheel -w /tmp/wheelhouse flask==3.0.3

FROM python:3.12-slim
COPY --from=builder /tmp/wheelhouse /tmp/wheelhouse
RUN pip install --no-index --find-links=/tmp/wheelhouse flask==3.0.3
RUN rm -rf /tmp/wheelhouse
# expect: WH403 5:1
