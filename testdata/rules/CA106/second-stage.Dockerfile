FROM node:20 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
FROM node:20-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
copy --chown=node:node . .
# expect: CA106 8:1
