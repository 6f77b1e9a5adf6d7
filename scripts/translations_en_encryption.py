"""English for the encrypted database: encrypting, the recovery code and its sheet, recovery."""

ENGLISH = {
    "平安台账 — 加密数据库": "Station Ledger — Encrypt the database",
    "本所数据库还没有加密：电脑或备份盘丢失时，居民的身份证号、电话和调解内容都能被直接读出。\n"
    "加密前会先做一份检查过的备份；加密后每个账户用自己的密码打开数据库，并生成一份恢复密钥单放入保险柜。"
    "数据越多用时越长（十万居民约一分钟）。":
        "This station's database is not encrypted: if the PC or a backup stick is lost, residents' ID "
        "numbers, phones and what was said in mediation can be read directly.\nA checked backup is made "
        "first; afterwards every account opens the database with its own password, and a recovery key "
        "sheet is printed for the safe. The more data, the longer it takes (about a minute for 100,000 "
        "residents).",
    "您的密码": "Your password",
    "现在加密": "Encrypt now",
    "正在备份并加密数据库…": "Backing up and encrypting the database…",
    "用恢复密钥打开…": "Open with the recovery key…",
    "平安台账 — 其他账户": "Station Ledger — Other accounts",
    "这些账户的密码还打不开加密的数据库：{names}。\n请在“账户管理”中为他们重设密码，"
    "或让他们在本次程序运行时用“切换用户”登录一次。":
        "These accounts' passwords do not open the encrypted database yet: {names}.\nReset their "
        "passwords under Accounts, or let them log in once with \"Switch user\" while the program runs.",
    "平安台账 — 旧备份": "Station Ledger — Old backups",
    "备份文件夹里还有 {count} 份没有加密的旧备份（包括刚才加密前做的那份）。\n"
    "把它们换成加密的吗？换好后只有本所账户的密码或恢复密钥能打开。":
        "The backup folder still holds {count} unencrypted backups (including the one just made before "
        "encrypting).\nReplace them with encrypted ones? Afterwards only this station's passwords or the "
        "recovery key open them.",
    "已把 {count} 份旧备份换成加密的。": "{count} old backups were replaced with encrypted ones.",
    "未能加密：": "Could not encrypt:",
    "平安台账 — 恢复密钥": "Station Ledger — Recovery key",
    "本所数据库已加密：没有账户密码，拿到电脑或备份盘的人也读不出任何内容。\n"
    "下面是数据库的恢复密钥，只显示这一次。所有管理员都忘记密码、或钥匙文件丢失时，只有它能打开数据库。"
    "请立即打印恢复密钥单，封好放入所内保险柜。":
        "This station's database is encrypted: without an account's password, whoever has the PC or a "
        "backup stick can read nothing.\nBelow is the database's recovery key, shown only this once. When "
        "every administrator has forgotten their password, or the key file is lost, only it opens the "
        "database. Print the recovery key sheet now, seal it and put it in the station's safe.",
    "打印恢复密钥单…": "Print the recovery key sheet…",
    "我已打印恢复密钥单，并会放入保险柜": "I have printed the recovery key sheet and will put it in the safe",
    "继续": "Continue",
    "恢复密钥单": "Recovery key sheet",
    "平安台账 — 用恢复密钥打开": "Station Ledger — Open with the recovery key",
    "请从保险柜取出恢复密钥单，逐组输入恢复密钥（不分大小写），再为一个管理员账户设置新密码。":
        "Take the recovery key sheet from the safe, type the key group by group (upper or lower case), "
        "then set a new password for an administrator account.",
    "管理员的用户名，如 admin": "The administrator's user name, e.g. admin",
    "恢复密钥": "Recovery key",
    "管理员用户名": "Administrator user name",
    # residents import: rows imported all the same but worth a look (GB/T 2260 region codes)
    "另有 {n} 行会导入，但请核对（标有“会导入”）。": "{n} more rows will be imported but should be checked (marked “imported”).",
    "会导入：": "Imported: ", "已导入但请核对 {n} 行：": "Imported, but please check {n} rows:",
    "第 {row} 行：": "Row {row}: ",
}
