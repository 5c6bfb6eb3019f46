export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y curl
# expect: SH503 1:1
