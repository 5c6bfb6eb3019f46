#!/bin/sh
groupadd --gid 1000 app
useradd --uid 1000 --gid app --create-home app
chown -R app:app /app
# expect: SH503 1:1
