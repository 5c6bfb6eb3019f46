FROM python:3.12-slim
ARG TOOL_REF=v2.1.0
RUN git clone https://github.com/org/tool.git /opt/tool \
    && cd /opt/tool && git checkout 3f5c2a0d9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a
RUN git clone --branch v1.4.2 --depth 1 https://github.com/org/lib.git /opt/lib
RUN git clone --branch "${TOOL_REF}" https://github.com/org/tool2.git /opt/tool2
