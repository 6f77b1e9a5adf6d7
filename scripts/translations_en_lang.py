"""English for the strings added with the language work (issue 13: items 6, 7, 9, 12, 13, 17)."""

ENGLISH = {
    "{station}周报_{key}": "{station}_weekly_{key}", "{station}报告_{key}": "{station}_report_{key}",
    "平安台账 Station Ledger": "Station Ledger", "数据库": "Database", "日志": "Log", "：": ": ",
    "12345工单": "12345 hotline",
    "（含生僻字）": " (has rare characters)",
    "本所默认界面语言": "Station's default language", "跟随本所默认": "Station's default", "立即切换": "Switch now",
    "只改变您自己的界面语言，其他用户不受影响": "Changes your own language only; other users keep theirs",
    "我的界面语言": "My language",
    "使用手册": "User manual (Chinese)", "平安台账 — 使用手册": "Station Ledger — user manual (Chinese)",
    "本机没有使用手册文件。安装包和单独运行版都带有手册；从源代码运行时，请先运行 python scripts/build_manual.py 生成。":
        "The user manual is not on this PC. Installed and standalone copies include it; when running from the "
        "source, build it first with python scripts/build_manual.py.",
}
