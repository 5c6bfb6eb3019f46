FROM python:3.12-slim
# expect: PN202 1:6
