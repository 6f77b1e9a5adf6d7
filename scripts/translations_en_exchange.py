"""English for the exchange with the county: the USB dialog's choices, importing bundles, 报送情况."""

ENGLISH = {
    # the USB dialog
    "数据包中包含附件（照片、录音、扫描件；文件会大很多）":
        "Include attachments in the bundle (photos, recordings, scans; much larger)",
    "数据包内容：": "Bundle contains:",
    "新的变更（上次导出之后的全部改动）": "New changes (everything changed since the last export)",
    "从指定的变更编号起（县局提示缺少变更时）":
        "From a given change number (when the county says changes are missing)",
    "全部数据（县局换了新电脑或要求重新导出全部时）":
        "All data (a new county computer, or the county asks for everything)",
    "从第 ": "From change no. ", " 号变更起": " on",
    "找不到“{path}”：这个文件夹不存在。导出不会在本机上新建它。":
        "“{path}” was not found: this folder does not exist. The export never creates it on this PC.",
    "找不到“{path}”：U盘可能已被拔出。请插好后按“刷新”。":
        "“{path}” was not found: the USB stick may have been removed. Plug it in and press Refresh.",
    # after the export
    "数据包包含本所全部数据（共 {count} 条记录）。": "The bundle holds all of the station's data ({count} records).",
    "本次没有新的变更（县局已经有本所的全部数据）。":
        "No new changes this time (the county already has all of the station's data).",
    "数据包包含第 {first}–{last} 号变更（{count} 条记录有改动）。":
        "The bundle holds changes {first}–{last} ({count} records changed).",
    # importing at the county
    "选择各派出所送来的 .pajt 数据包并输入约定的密码。每份数据包带来该所上次导出后的全部变更；"
    "重复导入不会重复，缺了哪一段会说明。":
        "Choose the .pajt bundles the stations sent and enter the agreed password. Each bundle brings every "
        "change since the station's last export; importing one twice changes nothing, and a missing part "
        "is named.",
    "{station}：这份数据包的内容（至第 {number} 号变更）县局已经有了，没有任何改动。":
        "{station}: the county already has everything in this bundle (up to change {number}); nothing changed.",
    "{station}：导入完成，新增 {inserted}，更新 {updated}，删除 {deleted}，未变 {unchanged}（已收到第 {number} 号变更为止）。":
        "{station}: imported — {inserted} added, {updated} updated, {deleted} deleted, {unchanged} unchanged "
        "(changes received up to {number}).",
    "以该所现有数据为准导入？": "Import, taking the station's current data as it is?",
    "以该所现有数据为准导入": "Import with the station's current data", "暂不导入": "Not now",
    # 报送情况 and the per-unit table
    "单位代码": "Unit code", "数据截至": "Data up to", "最近收到": "Last received", "最近一周": "Last week sent",
    "没有数据包的周": "Weeks without a bundle", "从未收到数据包": "No bundle received yet",
    "{when}（第 {number} 号变更）": "{when} (change {number})", "报送": "Reported", "报送情况": "Reporting",
    "已报送": "Reported", "未报送": "Not reported", "截至 {when}（不完整）": "Up to {when} (incomplete)",
    "采用数据包的": "Take the bundle's",
    "只采用勾选的栏目": "Take only the ticked fields",
    "勾选的栏目用数据包中的值，其余保留本库的值":
        "The ticked fields take the bundle's values; the others keep this database's",
}
