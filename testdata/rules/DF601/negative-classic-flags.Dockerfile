FROM alpine:3.20
COPY --from=build --chown=app:app /out /out
RUN echo "a <<EOF b" > /tmp/x
