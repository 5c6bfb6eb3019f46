FROM python:3.12-slim
RUN pip install "git+https://github.com/org/lib.git@develop" \
    git+https://github.com/org/other.git
# expect: PN206 2:17
# expect: PN206 3:5
