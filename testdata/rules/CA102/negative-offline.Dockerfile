FROM python:3.12-slim
COPY wheels /wheels
RUN pip install --no-index --find-links=/wheels /wheels/*.whl \
 && pip uninstall -y setuptools
