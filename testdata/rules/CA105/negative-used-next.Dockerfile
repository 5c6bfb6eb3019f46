FROM alpine:3.20
RUN apk add --no-cache git
ARG GIT_COMMIT
RUN git clone https://example.com/app.git /src && git -C /src checkout "$GIT_COMMIT"
