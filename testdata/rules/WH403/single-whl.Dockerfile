FROM python:3.12-slim AS build
COPY . /src
RUN pip wheel --no-deps -w /src/dist /src

FROM python:3.12-slim
COPY --from=build /src/dist/app-1.0-py3-none-any.whl /tmp/
RUN pip install /tmp/app-1.0-py3-none-any.whl && rm /tmp/app-1.0-py3-none-any.whl
# expect: WH403 6:1
