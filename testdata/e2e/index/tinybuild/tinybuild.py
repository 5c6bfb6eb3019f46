"""A PEP 517 build backend with no dependencies, so pip can build these sdists offline.

It packs the project's single package directory into a pure-Python wheel.
"""
import base64
import hashlib
import os
import zipfile

_HERE = os.getcwd()


def _project():
    fields = {}
    with open(os.path.join(_HERE, "PKG-INFO"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    return fields["Name"], fields["Version"]


def _record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    name, version = _project()
    dist_info = f"{name}-{version}.dist-info"
    files = []
    for root, _, names in os.walk(os.path.join(_HERE, name)):
        for n in sorted(names):
            if n.endswith(".py"):
                full = os.path.join(root, n)
                with open(full, "rb") as f:
                    files.append((os.path.relpath(full, _HERE).replace(os.sep, "/"), f.read()))
    with open(os.path.join(_HERE, "PKG-INFO"), "rb") as f:
        files.append((f"{dist_info}/METADATA", f.read()))
    files.append((f"{dist_info}/WHEEL",
                  b"Wheel-Version: 1.0\nGenerator: tinybuild\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    record = [_record_line(p, d) for p, d in files] + [f"{dist_info}/RECORD,,"]
    wheel_name = f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w") as whl:
        for path, data in files:
            whl.writestr(path, data)
        whl.writestr(f"{dist_info}/RECORD", "\n".join(record) + "\n")
    return wheel_name
