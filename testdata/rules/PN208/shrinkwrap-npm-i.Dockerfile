FROM node:20.15.1-slim
WORKDIR /app
COPY package.json npm-shrinkwrap.json ./
RUN npm i --omit=dev && npm cache clean --force
# expect: PN208 4:5
