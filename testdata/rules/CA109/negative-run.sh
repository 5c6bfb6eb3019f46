#!/usr/bin/env bash
docker run --rm -v "$PWD:/src" myorg/app:latest pytest
