FROM debian:bookworm-slim
CMD [ "echo", [ "nested" ] ]
# expect: E001 2:5
