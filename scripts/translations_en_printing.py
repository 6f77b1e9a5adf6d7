"""English for printed copies, 协议签订's copy, 回访 with its time and 部分履行, 结案's question."""

ENGLISH = {
    "{happened}（{entered} 录入）": "{happened} (entered {entered})",
    "打印后又修改过，须重新打印": "Changed after printing: print it again",
    "回访时间*": "Visited at*",
    "回访实际进行的时间（可补录以前的回访）": "When the visit took place (an earlier visit may be entered later)",
    "部分履行": "Partly performed",
    "仅供查看。要交当事人签字的文书请用“打印”或“另存为”，本程序才会记下打印的是哪一份。":
        "For viewing only. Use Print or Save as for a copy the parties sign, so the app records which copy "
        "it was.",
    "结案后案件不再出现在待办中，只能“重新启动”才能继续办理。":
        "A closed case leaves the to-do lists; only Reopen lets work on it continue.",
    "尚未进行的回访（原定 {dates}）将一并取消。": "The follow-ups not yet made (due {dates}) are called off.",
    "确认结案吗？": "Close the case?",
    "确认结案": "Close the case",
    "暂不结案": "Not now",
    "签字的是校验码为 {code} 的打印件（请与纸上页脚的校验码核对）。":
        "The parties sign the printed copy with code {code} (check it against the code in the paper's footer).",
    "协议在打印（校验码 {code}）之后又修改过：请先重新打印，再让当事人签字。":
        "The agreement was changed after it was printed (code {code}): print it again before the parties "
        "sign.",
    "协议尚未打印：请先在“调解协议”中预览并打印，再让当事人签字。":
        "The agreement has not been printed: preview and print it under Agreement before the parties sign.",
    "辅警": "Auxiliary",
    "义警": "Volunteer",
    "已履行": "Performed",
    "未履行": "Not performed",
}

ENGLISH.update({
    "按损失比例分配": "In proportion to the losses",
    "按余额依次足额": "Each balance in full, in order",
    "按比例：可返还的钱按各人尚欠金额的比例分，算到分，舍去的零头按尾数大小每人补 1 分，"
    "合计正好等于可返还金额。按余额：按登记顺序逐人返还全部尚欠，钱不够时后面的人少分或不分。":
        "In proportion: the money available is shared by what each victim is still owed, to the fen; "
        "the fen left over by rounding go one each to the largest remainders, so the total is exactly "
        "what is available. Balance: each victim in the order registered gets all they are owed until "
        "the money runs out.",
    "分配方式": "Sharing",
    "（金额有误：第 {row} 行 {name}）": "(amount not readable: row {row}, {name})",
})

ENGLISH["内容过长（最多 {limit} 个字）。"] = "Too long (at most {limit} characters)."
