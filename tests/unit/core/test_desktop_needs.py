"""What the window needs is found before Qt loads, and named as packages a person can install."""

from station_app.core import desktop_needs
from station_app.core.desktop_needs import DesktopNeeds, debian_package, explain, missing_from_ldd

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibGL.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
"""


def test_missing_libraries_are_read_from_ldd_once_each():
    assert missing_from_ldd(LDD) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                     "libGL.so.1"]


def test_sonames_become_debian_packages():
    assert [debian_package(n) for n in missing_from_ldd(LDD)] == [
        "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libgl1"]
    assert debian_package("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert debian_package("libpng16.so.16") == "libpng16-16"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_the_message_is_chinese_first_with_one_command():
    needs = DesktopNeeds(missing_libraries=["libxcb-cursor.so.0"],
                         packages=["libxcb-cursor0", "fonts-wqy-microhei"])
    text = explain(needs)
    assert text.startswith("平安台账无法启动")
    assert "    sudo apt-get install -y libxcb-cursor0 fonts-wqy-microhei\n" in text
    assert "libxcb-cursor.so.0" in text


def test_platform_follows_qt_qpa_platform():
    assert desktop_needs.platform_name({}) == "xcb"
    assert desktop_needs.platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert desktop_needs.platform_name({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"


def test_no_display_is_said_for_xcb_only(monkeypatch):
    monkeypatch.setattr(desktop_needs.sys, "platform", "linux")
    monkeypatch.setattr(desktop_needs, "qt_plugin_path", lambda platform: None)
    assert desktop_needs.check({}).no_display
    assert not desktop_needs.check({"DISPLAY": ":0"}).no_display
    assert not desktop_needs.check({"QT_QPA_PLATFORM": "offscreen"}).no_display


def test_the_installed_offscreen_plugin_has_its_libraries():
    """The tests themselves run offscreen: the check must find that plugin and call it complete."""
    needs = desktop_needs.check({"QT_QPA_PLATFORM": "offscreen"})
    assert needs.plugin.endswith("libqoffscreen.so")
    assert needs.ok, needs.missing_libraries
