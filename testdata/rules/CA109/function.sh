#!/usr/bin/env bash
build_image() {
  local tag="$1"
  docker build -f docker/Dockerfile -t "app:${tag}" .
}
build_image dev
# expect: CA109 4:3
