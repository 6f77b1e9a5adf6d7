"""Reading and changing the station-wide settings, validated and audited."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from station_app.accounts import permissions
from station_app.audit import chain as audit
from station_app.core import db, limits, paths
from station_app.core.actor import Actor
from station_app.core.errors import ValidationError
from station_app.core.models import Setting
from station_app.settings.limits import SETTINGS as SETTINGS_LIMITS

LANGUAGES = {"zh_CN": "中文", "en": "English"}


@dataclass(frozen=True)
class AppSettings:
    idle_lock_minutes: int = 10
    language: str = "zh_CN"
    document_font: str = ""  # CjkFont.key; empty: the first CJK font found
    backup_dir: str = ""  # empty: backups/ in the data directory
    # Rotation of the automatic backups: the newest of each of the last N days / weeks / months.
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    # Number formats: {station} {abbr} (first character of the station name) {county} {year} {seq}
    case_number_format: str = "{station}纠字〔{year}〕第{seq:04d}号"
    police_agreement_number_format: str = "{county}公({abbr})调字〔{year}〕第{seq:04d}号"
    people_agreement_number_format: str = "（{year}）人调字第{seq}号"

    def effective_backup_dir(self) -> Path:
        return Path(self.backup_dir) if self.backup_dir else paths.default_backup_dir()


_NAMES = {field.name for field in fields(AppSettings)}


def load_settings() -> AppSettings:
    """The stored settings over the defaults; unknown or broken values fall back to defaults."""
    stored: dict[str, Any] = {}
    for row in Setting.select().where(Setting.key.in_(_NAMES)):
        try:
            stored[row.key] = json.loads(row.value)
        except ValueError:
            continue
    try:
        return replace(AppSettings(), **stored)
    except TypeError:
        return AppSettings()


_KEEP_LIMITS = (
    ("keep_daily", 1, 60, "每日备份须保留 1 到 60 份。"),
    ("keep_weekly", 0, 52, "每周备份须保留 0 到 52 份。"),
    ("keep_monthly", 0, 120, "每月备份须保留 0 到 120 份。"),
)


def validate_settings(settings: AppSettings) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not isinstance(settings.idle_lock_minutes, int) or not 1 <= settings.idle_lock_minutes <= 240:
        problems["idle_lock_minutes"] = "自动锁定时间须在 1 到 240 分钟之间。"
    if settings.language not in LANGUAGES:
        problems["language"] = "请选择 中文 或 English。"
    for name, low, high, message in _KEEP_LIMITS:
        value = getattr(settings, name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            problems[name] = message
    for name in ("case_number_format", "police_agreement_number_format", "people_agreement_number_format"):
        problem = number_format_problem(getattr(settings, name))
        if problem:
            problems[name] = problem
    too_long = limits.problems({"backup_dir": settings.backup_dir, "document_font": settings.document_font},
                               SETTINGS_LIMITS)
    problems.update(too_long)
    if settings.backup_dir and "backup_dir" not in too_long:
        folder = Path(settings.backup_dir)
        if not folder.is_absolute():
            problems["backup_dir"] = "备份文件夹须为完整路径（如 D:\\平安台账备份）。"
        elif folder.exists() and not folder.is_dir():
            problems["backup_dir"] = "备份位置不是文件夹。"
    return problems


def format_number(template: str, *, station: str, county: str, year: int, seq: int) -> str:
    """A case or agreement number from its format setting."""
    abbr = station[:1]
    return template.format(station=station, abbr=abbr, county=county, year=year, seq=seq)


def number_format_problem(template: str) -> str | None:
    """Why a number format cannot be used (Chinese), or None."""
    if "{seq" not in template:
        return "编号格式必须包含 {seq}（序号），例如 第{seq:04d}号。"
    try:
        format_number(template, station="高力板派出所", county="科右中旗", year=2026, seq=12)
    except (KeyError, ValueError, IndexError) as exc:
        return f"编号格式无法使用：{exc}。可用的占位符：{{station}} {{abbr}} {{county}} {{year}} {{seq}}。"
    if len(template) > 60:
        return "编号格式过长。"
    return None


def update_settings(actor: Actor, **changes: Any) -> AppSettings:
    """Change some settings. Raises ValidationError naming each bad field; nothing is saved then."""
    permissions.require(actor, "settings.edit")
    unknown = set(changes) - _NAMES
    if unknown:
        raise ValidationError({name: f"没有这个设置项：{name}" for name in unknown})
    with db.transaction():
        current = load_settings()
        wanted = replace(current, **changes)
        problems = validate_settings(wanted)
        if problems:
            raise ValidationError(problems)
        before, after = asdict(current), asdict(wanted)
        for name, value in after.items():
            if before[name] != value:
                text = json.dumps(value, ensure_ascii=False)
                Setting.insert(key=name, value=text).on_conflict(
                    conflict_target=[Setting.key], update={Setting.value: text}
                ).execute()
        if before != after:
            audit.record(actor, "settings.update", "settings", "", before, after)
    return wanted
