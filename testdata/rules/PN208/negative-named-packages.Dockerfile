FROM node:20.15.1-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci && npm install -g pnpm@9.4.0 && npm install left-pad@1.3.0
