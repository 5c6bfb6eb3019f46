FROM node:20.15.1-slim AS deps
WORKDIR /app
COPY ["package.json", "package-lock.json", "./"]
FROM deps AS build
RUN cd /app && \
    npm install --no-audit
# expect: PN208 6:5
