FROM python:3.12-slim
RUN python -m pip install --no-cache-dir \
        "torch==2.3.1" \
        'transformers>=4.40' \
        accelerate~=0.30.0
# expect: PN203 4:9
# expect: PN203 5:9
