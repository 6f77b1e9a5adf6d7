"""English for the backup and restore strings (merged by update_translations.py)."""

ENGLISH = {
    # names the core gives: backup kinds and what a backup counts
    "每日自动": "Daily (automatic)", "退出时": "On exit", "手动": "Manual", "升级前": "Before upgrade",
    "恢复前保留": "Kept before restore", "返赃案件": "Restitution cases", "账户": "Accounts",
    "审计记录": "Audit entries",
    # settings
    "保留每日备份": "Daily backups to keep", "保留每周备份": "Weekly backups to keep",
    "保留每月备份": "Monthly backups to keep", " 份": " copies", "备份与恢复": "Backup and restore",
    # the backup tab
    "立即备份": "Back up now", "从所选备份恢复…": "Restore the selected backup…", "备份时间": "Taken at",
    "每次启动（距上次备份超过一天时）、退出程序和升级数据结构之前会自动备份；"
    "旧的自动备份按“常规”中的保留份数轮换，手动备份和升级前、恢复前的备份不会自动删除。":
        "Backups are made automatically at start (when the last is over a day old), on exit and before "
        "a schema upgrade; old automatic backups are rotated by the numbers under General. Manual "
        "backups and those taken before an upgrade or a restore are never deleted automatically.",
    "只有管理员可以从备份恢复。": "Only an administrator can restore from a backup.",
    "数据库在 PostgreSQL 服务器上：备份由服务器负责，请在服务器上用 pg_dump 定期备份。":
        "The database is on a PostgreSQL server: backups are the server's job. Run pg_dump there regularly.",
    "备份文件夹：{folder}": "Backup folder: {folder}", "无法读取": "Cannot be read", "，": ", ",
    "{n} 天": "{n} days", "{n} 小时": "{n} hours", "{n} 分钟": "{n} minutes", "不到 1 分钟": "under a minute",
    "还没有任何备份。": "There is no backup yet.",
    "最近一次备份：{time}（{age}前）": "Last backup: {time} ({age} ago)",
    " 已超过两天没有备份，请检查备份盘是否连接。":
        ". No backup for more than two days: check that the backup disk is connected.",
    "正在备份…": "Backing up…", "正在备份": "Backing up", "已备份并检查：{path}": "Backed up and checked: {path}",
    "备份没有完成。": "The backup did not complete.",
    "请先在列表中选择一份备份。": "Select a backup in the list first.", "已恢复": "Restored",
    "已从 {time} 的备份恢复。\n原来的数据库已另存为：{aside}\n请重新登录。":
        "Restored from the backup of {time}.\nThe previous database was kept as: {aside}\nPlease log in again.",
    # the restore dialog
    "从备份恢复": "Restore from a backup",
    "用 {time} 的备份替换当前数据库？": "Replace the current database with the backup of {time}?",
    "备份文件：": "Backup file:", "类型：": "Kind:", "大小：": "Size:", "派出所：": "Station:",
    "数据结构版本：": "Schema version:", "：": ":",
    "备份中的记录（括号内为当前数据库）": "Records in the backup (current database in brackets)",
    "备份中的记录": "Records in the backup",
    "恢复前，当前数据库会先完整另存一份到备份文件夹（类型“恢复前保留”），需要时可以再恢复回来。"
    "恢复后程序回到登录界面，请重新登录；备份之后录入的内容不在恢复的数据中。":
        "Before restoring, the current database is saved in full to the backup folder (kind “Kept before "
        "restore”), so it can be restored again if needed. Afterwards the program returns to the login: "
        "log in again. Anything entered after the backup was taken is not in the restored data.",
    "恢复": "Restore",
    # the damaged database at start
    "平安台账 — 数据库已损坏": "Station Ledger — the database is damaged",
    "数据库文件已损坏，程序没有打开它，也没有做任何改动。":
        "The database file is damaged. The program did not open it and changed nothing.",
    "文件：{path}\nSQLite 检查结果：{problem}": "File: {path}\nSQLite check: {problem}",
    "可以从最新的完好备份（{time}）恢复：{backup}\n"
    "损坏的文件会原样保留（改名为 {name}.damaged-时间），不会被删除，可交给维护人员查看。"
    "备份之后录入的内容需要重新录入。":
        "You can restore the newest good backup ({time}): {backup}\nThe damaged file is kept as it is "
        "(renamed to {name}.damaged-time), never deleted, for the maintainer to look at. Anything "
        "entered after the backup must be entered again.",
    "从最新的完好备份恢复（{time}）": "Restore the newest good backup ({time})",
    "退出，不做改动": "Quit without changes",
    # automatic backups
    "自动备份没有完成": "Automatic backup did not complete",
    "今天的自动备份没有完成，数据本身没有受影响。\n{reason}":
        "Today's automatic backup did not complete; the data itself is not affected.\n{reason}",
    "已自动备份：{path}": "Backed up automatically: {path}",
}
