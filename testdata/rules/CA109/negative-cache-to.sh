#!/usr/bin/env bash
docker buildx build --cache-to type=gha,mode=max --cache-from type=gha -t app .
