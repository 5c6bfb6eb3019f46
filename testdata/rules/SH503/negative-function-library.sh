#!/bin/bash
# Helpers sourced by the build scripts.
PACKAGE_MANAGER=apt
install_packages() {
    apt-get update
    apt-get install -y "$@"
}
