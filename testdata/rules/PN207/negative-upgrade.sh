#!/bin/sh
set -eu
apt-get update
apt-get upgrade -y
