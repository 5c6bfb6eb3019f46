#!/usr/bin/env bash
docker build --cache-from myorg/app:latest -t myorg/app:latest .
