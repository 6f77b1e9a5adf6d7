"""English for the reports page's Chinese source strings (merged by update_translations.py)."""

ENGLISH = {
    # the figures tables
    "项目": "Item", "本期": "This period", "上期": "Previous period", "环比": "vs previous",
    "去年同期": "Same period last year", "同比": "vs last year", "持平": "unchanged",
    "{n}个百分点": "{n} points",
    # the page
    "上周": "Last week", "周": "Week", "月": "Month", "季度": "Quarter", "年": "Year",
    "如 2026-W48、2026-11、2026-Q4、2026，按 Enter": "e.g. 2026-W48, 2026-11, 2026-Q4, 2026, then Enter",
    "预览PDF": "Preview PDF", "导出Excel…": "Export Excel…", "导出到U盘…": "Export to USB stick…",
    "登记纠纷（件）": "Disputes registered",
    "未办结的高风险纠纷和超期事项（截至现在）": "Open high-risk disputes and overdue items (as of now)",
    "模块": "Module", "编号": "Number", "超期": "Overdue",
    "{label}（{first} 至 {last}）": "{label} ({first} to {last})",
    "导出到U盘按周进行，请选择一周。": "USB export goes by week: choose a week.",
    "近12周纠纷趋势": "Disputes, last 12 weeks",
    # exporting
    "导出Excel": "Export Excel", "已导出Excel：{path}": "Excel written: {path}",
    "导出到U盘的功能还没有装好，请更新软件后再试。":
        "Export to USB is not available in this version; please update the software.",
    "正在导出到 {path}，请不要拔出U盘…": "Exporting to {path}; do not remove the USB stick…",
    "已写入并校验通过：{folder}。可以安全拔出U盘。":
        "Written and verified: {folder}. You can now safely remove the USB stick.",
    "导出完成": "Export finished", "导出没有完成。": "The export did not finish.",
    "导出没有完成": "Export not finished",
    # the USB dialog
    "导出到U盘": "Export to USB stick",
    "把 {period} 的周报（PDF、Excel）和加密数据包写入U盘，写完后读回校验。":
        "Writes the summary for {period} (PDF, Excel) and the encrypted data bundle to the stick, "
        "then reads them back to check.",
    "写到：": "Write to:", "选择其他文件夹…": "Other folder…", "刷新": "Refresh",
    "数据包密码：": "Bundle password:", "再输入一次：": "Password again:",
    "至少 8 个字符。县局导入时要用同一个密码，请另行告知，不要写在U盘上。":
        "At least 8 characters. The county bureau needs the same password to import: tell them "
        "separately, never write it on the stick.",
    "开始导出": "Export", "{name}（{path}，可用 {free}）": "{name} ({path}, {free} free)",
    "文件夹：{path}": "Folder: {path}",
    "没有找到U盘。请插好U盘后按“刷新”，或选择其他文件夹。":
        "No USB stick found. Plug one in and press Refresh, or choose another folder.",
    "选择导出到的文件夹": "Choose the folder to export to",
    "请选择要写入的U盘或文件夹。": "Choose the USB stick or folder to write to.",
    "密码至少 8 个字符。": "The password needs at least 8 characters.",
    "两次输入的密码不一致。": "The two passwords differ.",
    # the county bureau: stations summed, bundles, conflicts
    "从速处理": "Urgent", "数据包中包含本周的附件（照片、录音、扫描件；文件会大很多）":
        "Include this week's attachments in the bundle (photos, recordings, scans; much larger)", "导出送县局的数据包需要所长或管理员账户。":
        "Exporting the bundle for the county bureau needs a chief's or administrator's account.", "全部单位合计": "All units together", "汇总各所数据包": "Stations' bundles",
    "汇总各所数据包…": "Stations' bundles…", "各单位": "Per unit", "处理冲突：{what}": "Conflict: {what}",
    "栏目": "Field", "本库的记录": "This database", "数据包中的记录": "In the bundle",
    "保留本库的记录": "Keep this database's copy", "采用数据包中的记录": "Take the bundle's copy",
    "导入数据包…": "Import bundle…", "导入数据包": "Import bundle", "显示已处理的冲突": "Show decided conflicts",
    "单位": "Unit", "数据": "Record", "原因": "Reason", "发现时间": "Found", "处理结果": "Decision",
    "数据包密码": "Bundle password", "与派出所约定的数据包密码：": "The bundle password agreed with the station:",
    "选择数据包": "Choose a bundle", "平安台账数据包 (*.pajt);;所有文件 (*)": "Station Ledger bundles (*.pajt);;All files (*)",
    "正在导入 {name}…": "Importing {name}…",
    "导入完成：新增 {inserted}，更新 {updated}，未变 {unchanged}，冲突待处理 {conflicts}。":
        "Imported: {inserted} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to decide.",
    "导入没有完成，数据库没有改动。": "The import did not finish; the database is unchanged.",
    "已处理：{what}": "Decided: {what}", "已处理过，或当前账户无权处理冲突。":
        "Already decided, or this account may not decide conflicts.",
    "选择各派出所送来的 .pajt 数据包并输入约定的密码。重复导入不会重复。":
        "Choose the .pajt bundles the stations sent and enter the agreed password. Importing twice changes nothing.",
    "双方都修改过的记录（冲突）：双击查看并处理": "Records edited on both sides (conflicts): double-click to decide",
    "{station}的{what}（版本：本库 {local}，数据包 {incoming}）：{reason}。"
    "请核实后选择保留哪一份，或勾选要采用数据包中哪些栏目；另一份仍留在冲突记录里备查。":
        "{what} of {station} (version here {local}, in the bundle {incoming}): {reason}. Check, then choose "
        "which copy to keep, or tick the fields to take from the bundle; the other stays in the conflict "
        "record.",
}
