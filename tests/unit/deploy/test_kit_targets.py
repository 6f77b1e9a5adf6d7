"""The kit's targets: wheel tags per system, and pip told the target's markers (not the builder's)."""

import subprocess
import sys
from pathlib import Path

from deploy.target_pip import pip_args, target_environment
from deploy.targets import TARGETS, manylinux_tags

ROOT = Path(__file__).resolve().parents[3]


def test_manylinux_tags_cover_every_older_glibc():
    tags = manylinux_tags("aarch64", 31)
    assert tags[0] == "manylinux_2_31_aarch64"
    assert "manylinux_2_17_aarch64" in tags and "manylinux2014_aarch64" in tags
    assert "manylinux_2_34_aarch64" not in tags
    assert "manylinux1_x86_64" in manylinux_tags("x86_64", 28)


def test_markers_are_the_targets():
    env = target_environment("win_amd64", "3.10")
    wanted = ("win32", "3.10", "Windows")
    assert (env["sys_platform"], env["python_version"], env["platform_system"]) == wanted
    args = pip_args("linux_aarch64", "3.12")
    assert args[:3] == ["--only-binary=:all:", "--python-version", "3.12"]
    assert args.count("--platform") == len(TARGETS["linux_aarch64"].tags)


def test_pip_evaluates_the_projects_markers_for_the_target(tmp_path):
    """The 3.11 pin and the Windows-only tzdata follow the target, whatever Python runs pip."""
    code = (
        "import sys; sys.argv = ['x']\n"
        "from deploy.target_pip import target_environment\n"
        "from pip._vendor.packaging import markers, requirements\n"
        "env = target_environment(sys.argv[0] and 'win_amd64', '3.11')\n"
        "markers.default_environment = lambda: dict(env)\n"
        "req = requirements.Requirement(\"tzdata>=2024.1; sys_platform == 'win32'\")\n"
        "pin = requirements.Requirement(\"PySide6-Essentials<6.12; python_version < '3.12'\")\n"
        "print(req.marker.evaluate(), pin.marker.evaluate())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]


def test_linux_targets_leave_out_python_3_14():
    """PySide6 for 3.14 (6.10+) needs glibc 2.34/2.39: not on the systems the Linux kit is for."""
    assert "3.14" in TARGETS["win_amd64"].pythons
    assert "3.14" not in TARGETS["linux_x86_64"].pythons
    assert TARGETS["linux_aarch64"].min_glibc == (2, 31)
