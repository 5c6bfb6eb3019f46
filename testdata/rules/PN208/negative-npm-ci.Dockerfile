FROM node:20.15.1-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
