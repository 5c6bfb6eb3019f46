FROM alpine:3.20
RUN echo $((1 + 2))
HEALTHCHECK NONE
CMD [ "sh", "-c", "echo hi" ]
