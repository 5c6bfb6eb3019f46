FROM python:3.12-slim
RUN pip download -d /wheels numpy | tee /log.txt && set -o pipefail
# expect: SH501 2:35
