FROM python:3.12-slim
RUN useradd --create-home app
USER app
WORKDIR /home/app
COPY --chown=app requirements.txt .
# the cache lands in /home/app/.cache/pip for this user, not in /root
RUN --mount=type=cache,target=/root/.cache/pip pip install --user -r requirements.txt
# expect: CA102 7:1
