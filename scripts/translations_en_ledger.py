"""English for the shared ledger pieces: station filter, empty lists, urgency, lock, first login."""

ENGLISH = {
    "本所设置完成。请用刚设置的管理员账户登录。":
        "The station is set up. Log in with the administrator account you just created.",
    "紧急程度": "Urgency",
    "今天到期": "Due today",
    "即将到期": "Due soon",
    "没有需要处理的矛盾纠纷事项。接到新的纠纷时，在左侧“矛盾纠纷”中按 Ctrl+N 登记。":
        "No disputes need attention. When a new dispute comes in, register it under Disputes with Ctrl+N.",
    "还没有登记矛盾纠纷。接到电话、来访或网格员上报时，按 Ctrl+N（登记纠纷）登记第一件。":
        "No disputes registered yet. When a call, a visitor or a grid worker reports one, press Ctrl+N "
        "(Register dispute) to register the first.",
    "还没有登记矛盾纠纷。": "No disputes registered yet.",
    "还没有普法宣传记录。办完宣传活动后，按 Ctrl+N 记录并添加现场照片。":
        "No legal-awareness events yet. After an event, press Ctrl+N to record it and add its photos.",
    "还没有普法宣传记录。": "No legal-awareness events yet.",
    "还没有工单。": "No work orders yet.",
    "还没有工单。按 Ctrl+N 登记来电工单，或按 Ctrl+I 导入平台导出的Excel工单表。":
        "No work orders yet. Press Ctrl+N to register a call, or Ctrl+I to import the platform's Excel export.",
    "没有到期的工单或未结束的巡逻。来电工单在“12345工单”中登记或导入；出发巡逻时在“巡逻”中按 Ctrl+N 开始。":
        "No work orders due and no patrols left open. Register or import calls under 12345 hotline; "
        "start a patrol under Patrols with Ctrl+N.",
    "没有符合条件的记录。可以换个查找词，或放宽上方的筛选条件。":
        "Nothing matches. Try other search words or widen the filters above.",
    "{name}锁定了窗口。": "{name} locked the window.",
    "长时间无人操作，窗口已锁定。": "The window was locked after a time without use.",
    "{name}（{user}），请输入密码解锁。": "{name} ({user}), enter your password to unlock.",
    "本周还没有巡逻记录。出发时按 Ctrl+N 开始巡逻，回来后补录请按 Ctrl+Shift+N。":
        "No patrols this week. Press Ctrl+N when setting out, or Ctrl+Shift+N to log one afterwards.",
    "本周还没有巡逻记录。": "No patrols this week.",
    "这个巡逻队本周没有巡逻记录。": "This team has no patrols this week.",
    "还没有居民。": "No residents yet.",
    "还没有居民。点“导入Excel…”导入花名册，或按 Ctrl+N 登记一位居民。":
        "No residents yet. Click “Import Excel…” to import a register, or press Ctrl+N to add one.",
    "还没有返赃案件。追回赃款后，按 Ctrl+N 新建案件，登记被害人和追回的款项。":
        "No restitution cases yet. Once money is recovered, press Ctrl+N to open a case and record "
        "the victims and the recovery.",
    "还没有返赃案件。": "No restitution cases yet.",
    "查看哪个单位的记录（其他单位报送的记录只能查看）":
        "Whose records to show (records reported by other units are read-only)",
    "全部单位": "All units",
    "本所（{name}）": "Own unit ({name})",
    "其他单位": "another unit",
    "只读：这是{station}报送的记录，本库只能查看，不能修改、办理或打印给当事人签字。":
        "Read-only: reported by {station}. It can be viewed here, not changed, worked on or printed "
        "for signing.",
    "还没有走访记录。入户走访回来后，按 Ctrl+N 记录走访的户、人和发现的情况。":
        "No visits yet. After visiting households, press Ctrl+N to record the households, people and findings.",
    "还没有走访记录。": "No visits yet.",
    "单位": "Unit",
}
