"""English for the UI's Chinese source strings (Chinese is the source language)."""

ENGLISH = {
    "已锁定": "Locked", "修改账户": "Edit account", "添加账户": "Add account", "用户名*": "User name*", "姓名*": "Full name*",
    "角色*": "Role*", "警号": "Police no.", "初始密码*": "First password*", "再输一次*": "Repeat*",
    "两次输入的密码不一致。": "The two passwords differ.", "修改密码": "Change password",
    "管理员重置了您的密码，请设置一个只有您知道的新密码。":
        "An administrator reset your password. Please choose a new one only you know.",
    "原密码": "Current password", "新密码": "New password", "再输一次": "Repeat",
    "两次输入的新密码不一致。": "The two new passwords differ.",
    "工作台 — {station}": "Today — {station}", "{name}，您好。": "Hello, {name}.", "今日待办": "Needs attention today",
    "高风险矛盾纠纷、逾期回访和12345工单期限将在相应模块开放后显示在这里。":
        "High-risk disputes, overdue follow-ups and hotline deadlines will appear here once those modules are available.",
    "程序出错": "Unexpected error",
    "程序遇到了意外错误，刚才的操作没有完成（已保存的数据不受影响）。\n请把下面的详细信息复制给维护人员。日志文件：{log}":
        "The program hit an unexpected error; the last action was not completed (saved data is not affected).\n"
        "Please copy the details below for the maintainer. Log file: {log}",
    "复制详细信息": "Copy details", "数据目录": "Data directory", "数据库位置": "Database",
    " 分钟": " min", "无操作自动锁定": "Lock when idle for", "界面语言（重启后生效）": "Language (after restart)",
    "打印文书字体": "Font for documents", "选择…": "Choose…", "备份文件夹": "Backup folder",
    "保存设置": "Save settings", "只有管理员或所长可以修改设置。": "Only an administrator or the chief can change settings.",
    "（未找到中文字体）": "(no Chinese font found)",
    "提示：未找到含生僻字（如“𠮷”）的字体，这类字打印时会提示。Windows 自带 SimSun-ExtB；Linux 可安装 fonts-hanazono。":
        "Note: no font with rare characters (such as “𠮷”) was found; you will be warned before printing them. "
        "Windows has SimSun-ExtB; on Linux install fonts-hanazono.",
    "已找到 {n} 种可嵌入 PDF 的中文字体。": "{n} Chinese fonts that can be embedded in PDFs were found.",
    "选择备份文件夹": "Choose the backup folder", "设置已保存。": "Settings saved.",
    "平安台账 — 已锁定": "Station Ledger — locked",
    "长时间无人操作，窗口已锁定。\n{name}（{user}），请输入密码解锁。":
        "The window locked after a period without use.\n{name} ({user}), enter your password to unlock.",
    "密码": "Password", "解锁": "Unlock", "切换用户": "Switch user", "平安台账 — 登录": "Station Ledger — log in",
    "用户名": "User name", "登录": "Log in", "退出": "Quit",
    "工作台": "Today", "矛盾纠纷": "Disputes",
    "登记矛盾纠纷、风险评估、预警通报、一事一策、调解笔录、打印调解协议书、回访。":
        "Register disputes, assess risk, send early warnings, plan each case, record mediation sessions, "
        "print mediation agreements, follow up.",
    "巡逻": "Patrols", "巡逻队、巡逻日志（含夜间、边境巡逻）、巡逻发现、义警时长统计。":
        "Patrol teams, patrol logs (night and border patrols too), findings, volunteer hours.",
    "居民/网格": "Residents", "镇—村/嘎查—网格三级区域，居民登记、查询、Excel 导入导出，一员两长。":
        "Towns, villages and grid cells; the resident registry, search, Excel import and export.",
    "12345工单": "12345 hotline", "12345 热线工单的接收、转派、办理、回访、归档和超期提醒。":
        "12345 hotline work orders from receipt to archive, with deadline warnings.",
    "返赃": "Restitution", "返赃案件、被害人、追回与发还记录，集中返赃签收单。":
        "Restitution cases, victims, recovered and returned money, receipt sheets.",
    "走访": "Visits", "百万警进千万家入户走访、普法宣传活动。": "Household visits and legal-awareness events.",
    "报表导出": "Reports", "周报（同比/环比）、PDF 与 Excel、导出到U盘、县局数据包。":
        "Weekly summaries with comparisons, PDF and Excel, USB export, bundles for the county bureau.",
    "设置": "Settings", "管理员": "Administrator", "所长": "Chief", "民警": "Officer", "辅警": "Auxiliary",
    "网格员": "Grid worker", "只读": "Read-only", "平安台账 — {station}": "Station Ledger — {station}",
    "文件(&F)": "&File", "账户(&A)": "&Account", "修改密码…": "Change password…", "锁定屏幕": "Lock screen",
    "注销（切换用户）": "Log out (switch user)", "帮助(&H)": "&Help", "关于平安台账": "About Station Ledger",
    "用户：{name}（{role}）": "User: {name} ({role})", "本所：{station}": "Station: {station}",
    "数据库：{db}": "Database: {db}", "密码已修改。": "Password changed.",
    "此功能尚未开放，将在后续版本中提供。": "This module is not available yet; it comes in a later version.",
    "重置密码 — {user}": "Reset password — {user}", "临时密码": "Temporary password",
    "常规": "General", "账户管理": "Accounts", "平安台账 — 首次设置": "Station Ledger — first start",
    "欢迎使用平安台账。第一次使用，请填写本所信息并设置管理员账户。\n数据将保存在：{db}":
        "Welcome to Station Ledger. Please enter the station's details and set up the administrator.\n"
        "Data will be kept in: {db}",
    "本所信息": "Station", "如：高力板派出所": "e.g. 高力板派出所", "如：152222-GLB": "e.g. 152222-GLB",
    "如：科右中旗": "e.g. 科右中旗", "如：高力板镇": "e.g. 高力板镇", "派出所名称*": "Station name*",
    "单位代码*": "Station code*", "所属旗/县*": "Banner/county*", "所在镇/苏木": "Town",
    "管理员账户": "Administrator", "管理员的姓名": "The administrator's name",
    "登录用的用户名，如 admin": "Name to log in with, e.g. admin", "密码*": "Password*",
    "密码至少 8 位，须同时包含字母和数字。": "At least 8 characters, with both letters and digits.",
    "完成设置": "Finish", "姓名": "Name", "角色": "Role", "状态": "Status", "上次登录": "Last login",
    "修改": "Edit", "重置密码": "Reset password", "停用": "Disable", "可用": "Active", "已停用": "Disabled",
    "启用": "Enable", "数据库问题": "Database problem", "无法完成": "Could not be done",
    "平安台账 — 派出所工作台账": "Station Ledger — work ledgers of the police station",
}
