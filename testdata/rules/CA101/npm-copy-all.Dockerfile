FROM node:20-bookworm-slim
WORKDIR /usr/src/app
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
# expect: CA101 4:1
