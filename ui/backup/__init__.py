"""备份与恢复: the backup list and 立即备份/恢复, the restore confirmation, the offer to restore a
damaged database at start, and the automatic backups at start and exit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.noop import QT_TRANSLATE_NOOP

# Names the core gives in Chinese (backup kinds, what a backup counts), listed for lupdate.
_CORE_NAMES = (
    QT_TRANSLATE_NOOP("backup", "每日自动"), QT_TRANSLATE_NOOP("backup", "退出时"),
    QT_TRANSLATE_NOOP("backup", "手动"), QT_TRANSLATE_NOOP("backup", "升级前"),
    QT_TRANSLATE_NOOP("backup", "恢复前保留"),
    QT_TRANSLATE_NOOP("backup", "居民"), QT_TRANSLATE_NOOP("backup", "矛盾纠纷"),
    QT_TRANSLATE_NOOP("backup", "巡逻"), QT_TRANSLATE_NOOP("backup", "12345工单"),
    QT_TRANSLATE_NOOP("backup", "返赃案件"), QT_TRANSLATE_NOOP("backup", "走访"),
    QT_TRANSLATE_NOOP("backup", "账户"), QT_TRANSLATE_NOOP("backup", "审计记录"),
)


def core_name(text: str) -> str:
    """A backup kind or count label from the core, in the interface language."""
    return QCoreApplication.translate("backup", text)
