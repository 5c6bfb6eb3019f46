FROM node:20-slim
WORKDIR /app
ARG APP_GIT_SHA
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN echo "$APP_GIT_SHA" > /app/REVISION
# expect: CA105 3:1
