"""Run pip as if on another system: `python -m deploy.target_pip TARGET X.Y -- PIP ARGS…`.

pip's `--platform` and `--python-version` choose wheel files for another system, but pip still
evaluates environment markers (`; sys_platform == 'win32'`, `; python_version < '3.11'`) against
the running interpreter: a Windows kit built on Linux would lack tzdata, a Python 3.10 kit built on
3.11 would lack typing-extensions, and the `PySide6 < 6.12` pin would follow the builder's Python.
So the marker environment pip's vendored `packaging` reads is replaced by the target's first.
"""

from __future__ import annotations

import sys

from deploy.targets import TARGETS


def target_environment(target: str, python: str) -> dict[str, str]:
    from pip._vendor.packaging import markers

    env = dict(markers.default_environment())
    env.update(TARGETS[target].markers)
    env.update(python_version=python, python_full_version=f"{python}.0", implementation_name="cpython",
               platform_python_implementation="CPython", implementation_version=f"{python}.0")
    return env


def pip_args(target: str, python: str) -> list[str]:
    """The wheel-selection arguments for one target."""
    args = ["--only-binary=:all:", "--python-version", python, "--implementation", "cp"]
    for tag in TARGETS[target].tags:
        args += ["--platform", tag]
    return args


def main(argv: list[str]) -> int:
    target, python, sep, *rest = argv
    if sep != "--" or target not in TARGETS:
        print(__doc__, file=sys.stderr)
        return 2
    from pip._vendor.packaging import markers

    env = target_environment(target, python)
    markers.default_environment = lambda: dict(env)
    from pip._internal.cli.main import main as pip_main

    return pip_main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
