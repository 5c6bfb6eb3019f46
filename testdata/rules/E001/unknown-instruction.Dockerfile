FROM debian:bookworm-slim
COPPY app /app
RUN echo still linted
# expect: E001 2:1
