FROM node:20.15.1-bookworm AS web
RUN npm --version
FROM nginx:1.27.0-alpine
COPY --from=web /dist /usr/share/nginx/html
# expect: PN202 1:6
# expect: PN202 3:6
