FROM alpine:3.20
RUN apk add --no-cache git \
  && echo \
  # a comment line inside the continuation
  done
RUN echo a && \
    --mount=x
