"""English for the hotline screens' Chinese source strings (ui/hotline)."""

ENGLISH = {
    # workflow words (core labels shown through ui.hotline.labels.vt)
    "接收": "Received", "转派": "Dispatched", "办理中": "Handling", "已办结": "Completed", "已回访": "Called back",
    "归档": "Archived", "导入": "Imported", "平台更新": "Platform update", "开始办理": "Start handling",
    "办理记录": "Handling note", "办结": "Complete", "退回重办": "Returned", "开立矛盾纠纷": "Open a dispute case",
    "放假": "Holiday", "上班（调休）": "Working day (make-up)",
    "周一": "Mon", "周二": "Tue", "周三": "Wed", "周四": "Thu", "周五": "Fri", "周六": "Sat", "周日": "Sun",
    "转派…": "Dispatch…", "开始办理…": "Start handling…", "办理记录…": "Handling note…", "办结…": "Complete…",
    "归档…": "Archive…", "开立矛盾纠纷…": "Open a dispute case…",
    # the page and the list
    "登记工单": "New order", "导入平台工单…": "Import platform orders…",
    "导入12345平台导出的Excel工单表（Ctrl+I）": "Import the Excel export of the 12345 platform (Ctrl+I)",
    "节假日日历…": "Holiday calendar…", "计算工作日期限用的放假和调休上班日":
        "Holidays and make-up working days used to count working-day deadlines",
    "逾期未办结": "Overdue, not handled", "查找：工单编号、来电人、电话尾号或诉求内容（Ctrl+F）":
        "Find: order number, caller, phone ending or request text (Ctrl+F)",
    "，逾期 {n} 件": ", {n} overdue", "工单编号": "Order no.", "受理时间": "Received", "来电人": "Caller",
    "办理期限": "Deadline", "承办": "Office", "诉求内容": "Request", "（逾期）": " (overdue)",
    "诉求类别": "Category", "承办单位": "Platform unit", "转派至": "Dispatched to", "满意度": "Satisfaction",
    "矛盾纠纷": "Dispute case", "打开纠纷案件": "Open the dispute case", "请在左侧选择一张工单": "Choose an order on the left",
    "已逾期": "Overdue", "剩余 {n} 个工作日": "{n} working days left", "，退回重办 {n} 次": ", returned {n} time(s)",
    "平台导入": "imported", "匿名": "Anonymous", "办理结果：": "Result: ", "未选择工单": "No order chosen",
    "已开立矛盾纠纷案件 {n}": "Dispute case {n} already opened", "时间": "Time", "经办人": "By", "事项": "Step",
    "内容": "Details", "办理": "Handle",
    "显示完整电话": "Show full phone",
    "查看来电人的完整电话（需说明原因，记入审计）": "See the caller's full phone number (asks why; audited)",
    # step dialogs
    "保存": "Save", "取消": "Cancel", "工单已被他人修改": "The order was changed by someone else",
    "已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。":
        "The latest version has been loaded. What you typed is still in the window: check it and save again.",
    "转派工单": "Dispatch order", "科室或部门，可输入拼音首字母": "Office or department; pinyin initials work",
    "承办科室/部门*": "Office/department*", "转派说明": "Note for them", "转派时间": "Dispatched at",
    "说明": "Note", "办理情况*": "What was done*", "办理结果*": "Result*", "可不填": "Optional",
    "如：已电话联系来电人，约定明天上门核实": "E.g. phoned the caller, visiting tomorrow to check",
    "办了什么、结果如何、怎样答复来电人": "What was done, the outcome, what the caller was told",
    "回访": "Call back", "（未登记）": "(not recorded)", "满意度*": "Satisfaction*", "（请选择）": "(choose)",
    "回访情况": "Call notes", "不满意时须写明原因": "Required when unsatisfied: the reason",
    "不满意：保存后工单退回“办理中”，重新办理后再回访。":
        "Unsatisfied: the order goes back to Handling, to be handled and called back again.",
    "回访时间": "Called at", "归档工单": "Archive order", "工单已回访（{s}），归档后不再办理。":
        "The caller was called back ({s}); an archived order is closed.", "归档时间": "Archived at",
    "确认归档": "Archive", "纠纷类别*": "Dispute category*", "当事人（甲方）*": "Party (A)*", "对方当事人": "Other party",
    "知道姓名时填写，可以以后在案件中补充": "If known; it can be added to the case later",
    "案件来源记为“12345转办”，案件概要中写明工单编号。":
        "The case's source is recorded as 12345 referral, and its summary names the order number.",
    "开立": "Open",
    # new order
    "登记12345工单": "New 12345 order", "平台上的工单编号": "The order number on the platform",
    "工单编号*": "Order no.*", "受理时间*": "Received*", "如：白先生；匿名来电可不填": "E.g. Mr Bai; empty if anonymous",
    "联系电话": "Phone", "可输入拼音首字母": "Pinyin initials work", "来电人反映的问题和诉求": "What the caller reports and asks",
    "诉求内容*": "Request*", "办理期限*": "Deadline*", "工作日数": "Working days", "截止日期": "Due date",
    " 个工作日": " working days", "截止 {date}（{w}）": "Due {date} ({w})",
    "；{years} 年的节假日未录入，只按周末计算": "; no holidays entered for {years}: weekends only",
    "登记": "Register",
    # import
    "导入12345平台工单": "Import 12345 platform orders",
    "选择从12345平台导出的工单表（Excel .xlsx）。表头可以在标题行下面，能识别常见列名，如 工单编号、受理时间/来电时间、来电人/诉求人、联系电话、诉求内容、诉求类别、办理时限/截止时间、承办单位。\n按工单编号比对：已导入的工单只更新平台数据，不会重复；编号相同而内容不同的，会列出来由您选择。":
        "Choose the order sheet exported from the 12345 platform (Excel .xlsx). The header may sit below title "
        "rows; the usual column names are recognised, such as order number, received/call time, caller, phone, "
        "request, category, deadline and unit.\nOrders are matched by number: imported orders only get the "
        "platform's updates and are never duplicated; the same number with a different content is listed for you "
        "to decide.",
    "文件路径": "File path", "选择文件…": "Choose file…", "上一步": "Back", "下一步": "Next", "预览": "Preview",
    "开始导入": "Import", "关闭": "Close", "新增": "New", "更新": "Updated", "不变": "Unchanged", "有误": "Errors",
    "编号冲突": "Number conflicts",
    "编号冲突：同一工单编号，内容与已登记的不同。请逐件选择（默认保留已有，不覆盖）。":
        "Number conflicts: the same order number with a different content. Choose for each "
        "(by default the stored order is kept, nothing is overwritten).",
    "行号": "Row", "不同之处": "Differs in", "已有的内容": "Stored", "文件中的内容": "In the file", "处理": "Action",
    "原因": "Reason", "保存有误的行和编号冲突…": "Save rows with errors and conflicts…", "选择工单表": "Choose the order sheet",
    "Excel 文件 (*.xlsx *.xlsm)": "Excel files (*.xlsx *.xlsm)", "Excel 文件 (*.xlsx)": "Excel files (*.xlsx)",
    "正在读取和检查工单…": "Reading and checking the orders…",
    "工作表“{sheet}”，表头在第 {row} 行，共 {n} 行数据。导入后将发生的变化（尚未写入）：":
        "Sheet “{sheet}”, header on row {row}, {n} rows. What the import will do (nothing written yet):",
    "有误的行（导入后可保存全部）：": "Rows with errors (all of them can be saved after the import):",
    "没有有误的行。": "No rows with errors.", "保留已有": "Keep stored", "采用文件中的": "Take the file's",
    "正在导入工单…": "Importing orders…",
    "导入完成。新增 {a} 件，更新 {b} 件，不变 {c} 件，有误 {d} 行；编号冲突 {e} 件，其中采用文件 {f} 件、保留已有 {g} 件。":
        "Import finished: {a} new, {b} updated, {c} unchanged, {d} rows with errors; {e} number conflicts, "
        "{f} taken from the file and {g} kept.",
    "已取消，数据库未改变。": "Cancelled; the database is unchanged.", "请选择要导入的文件。": "Choose a file to import.",
    "-有误的行": "-errors", "保存有误的行": "Save the rows with errors", "已保存到 {path}": "Saved to {path}",
    # holiday calendar
    "节假日日历（计算工作日期限）": "Holiday calendar (for working-day deadlines)", "年份": "Year", "日期": "Date",
    "星期": "Weekday", "安排": "Kind", "名称": "Name", "来源": "Source", "名称，如 春节": "Name, e.g. Spring Festival",
    "添加/修改": "Add/change", "删除所选": "Remove selected",
    "{y} 年的节假日尚未录入：工作日期限只按周末计算。请按国务院通知添加。":
        "No holidays entered for {y}: working-day deadlines count weekends only. Add them from the State Council notice.",
    "{y} 年为预估数据。": "{y} is provisional. ", "{y} 年依据：": "{y} follows: ", "随程序提供": "Shipped",
    "手工添加": "Added by hand", "（待核实）": " (to verify)",
    "回访…": "Call back…",
}
