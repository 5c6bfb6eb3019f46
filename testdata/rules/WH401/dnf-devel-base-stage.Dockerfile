FROM rockylinux:9 AS base
RUN dnf install -y gcc python3-devel && dnf clean all

FROM base
COPY requirements.txt .
RUN python3 -m pip install -r requirements.txt
# expect: WH401 6:5
