FROM python:3.12-slim
RUN git clone --depth 1 https://github.com/org/tool.git /opt/tool \
    && pip install /opt/tool
# expect: PN206 2:25
