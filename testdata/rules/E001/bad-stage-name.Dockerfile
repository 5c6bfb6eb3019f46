FROM debian:bookworm-slim AS 1stage
# expect: E001 1:30
