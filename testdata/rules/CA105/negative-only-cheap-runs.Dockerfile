FROM alpine:3.20
ARG BUILD_NUMBER
RUN mkdir -p /app
RUN echo "build ${BUILD_NUMBER}" > /app/build.txt
