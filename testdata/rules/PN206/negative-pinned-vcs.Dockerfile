FROM python:3.12-slim
RUN pip install "git+https://github.com/org/lib.git@v1.2.0" \
    "other @ git+https://github.com/org/other.git@3f5c2a0d9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a"
