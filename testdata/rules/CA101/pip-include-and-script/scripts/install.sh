#!/bin/sh
set -e
pip install -r requirements-extra.txt
