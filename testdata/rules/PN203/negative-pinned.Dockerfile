FROM python:3.12-slim
RUN pip install --no-cache-dir pip==24.1.2 'numpy===1.26.4' "requests[socks]==2.32.3" \
    && conda install -y python=3.12.4 numpy==1.26.4 \
    && pipx install poetry==1.8.3
