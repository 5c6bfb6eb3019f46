ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS base
FROM registry.example.com:5000/ml/base:2024.06
FROM 0
