FROM python:3.10-slim
RUN pip install torch==2.0.1+cpu -f https://download.pytorch.org/whl/torch_stable.html
