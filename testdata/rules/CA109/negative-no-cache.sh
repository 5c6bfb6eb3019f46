#!/usr/bin/env bash
# a release build that must not reuse anything
docker build --no-cache --pull -t myorg/app:release .
