"""English for the masked numbers and their audited reveal, the wait for another writer, and the
restore on a worker."""

ENGLISH = {
    # 显示完整号码 (ui/common/reveal.py, the resident form, the case header)
    "显示完整号码": "Show full numbers", "显示": "Show", "原因*": "Reason*",
    "查看{whose}的完整号码会记入审计日志（记录查看人和原因，不记录号码）。":
        "Viewing the full numbers of {whose} is recorded in the audit log (who looked and why, never the numbers).",
    "选择或填写原因": "Choose or type a reason", "电话联系本人": "To call the person", "核对身份": "To check identity",
    "制作法律文书": "To prepare a legal document", "协助调查取证": "To assist an investigation",
    "查看完整身份证号和电话（需说明原因，记入审计）": "See the full ID and phone numbers (asks why; audited)",
    "显示完整电话": "Show full phone", "查看反映人的完整电话（需说明原因，记入审计）":
        "See the reporter's full phone number (asks why; audited)",
    "反映人": "the reporter", "查看反映人完整电话": "Viewed the reporter's full phone",
    # waiting for another writer (ui/common/writer_wait.py, ui/common/tasks.py)
    "请稍候": "Please wait",
    "等它完成后会自动继续保存。也可以取消，窗口中填写的内容会保留。":
        "Saving continues by itself when it is done. You can also cancel; what you typed stays in the form.",
    "另一项{task}正在进行（已 {n} 秒）…": "Another {task} is in progress ({n} s so far)…",
    "另一台电脑或另一个程序正在保存数据（已等待 {n} 秒）…":
        "Another computer or program is saving (waiting for {n} s)…",
    "另一项工作正在保存数据（已等待 {n} 秒）…": "Other work is saving (waiting for {n} s)…",
    "已取消：没有保存。窗口中填写的内容仍保留，可以稍后再保存。":
        "Cancelled: nothing was saved. What you typed is still in the form; you can save later.",
    "居民导入": "residents import", "工单导入": "hotline import", "数据包导入": "bundle import",
    "演示数据载入": "demo data load", "备份恢复": "restore", "居民合并": "residents merge",
    "继续…": "Continuing…", "已取消：没有保存任何内容。": "Cancelled: nothing was saved.",
    # restore on a worker (ui/backup/panel.py)
    "正在恢复…": "Restoring…", "正在从备份恢复": "Restoring from the backup",
    "正在保留当前数据库并写回所选备份，请勿关闭程序…":
        "Keeping the current database and writing the chosen backup back; please do not close the program…",
    "已恢复。": "Restored.", "恢复没有完成。": "The restore did not finish.",
}
