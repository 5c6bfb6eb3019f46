#!/bin/sh
set -eu
pip3 install --upgrade pip
pip3 install requests flask
# expect: SH505 4:1
