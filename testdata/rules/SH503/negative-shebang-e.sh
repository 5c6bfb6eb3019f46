#!/bin/bash -e
apt-get update
apt-get install -y --no-install-recommends build-essential
