"""English for the core's refusals shown in forms (ValidationError and the like), "Core" context:
read by translations_en_core.py. Those with values are sentence templates (ui/common/core_text.py
TEMPLATES) and keep their {names}; the values stay as typed."""

REFUSALS = {
    # progress of long work (reports/export, residents and hotline import and export): ui/common/tasks
    "正在统计…": "Counting…", "正在生成 PDF…": "Building the PDF…",
    "正在生成 Excel…": "Building the Excel file…", "正在生成加密数据包…": "Building the encrypted bundle…",
    "正在写入 {name}": "Writing {name}", "导入完成": "Import finished", "导出完成": "Export finished",
    "已写入 {n} 人": "{n} people written", "建立搜索索引…": "Building the search index…",
    "写入新居民 {progress}": "Writing new residents {progress}",
    "更新居民 {progress}": "Updating residents {progress}",
    "写入新工单 {progress}": "Writing new orders {progress}",
    "检查第 {progress} 行": "Checking row {progress}",
    # shared checks (core/limits, core/textnorm, documents/money)
    "内容过长（最多 {limit} 个字）。": "Too long (at most {limit} characters).",
    "电话号码被Excel存成了数字，请把该列设置为“文本”格式后重新填写":
        "Excel stored the phone number as a number: format the column as Text and enter it again",
    "电话号码格式不对：{value}（手机应为11位，如 13912345678；座机如 0482-1234567）":
        "Phone number not valid: {value} (a mobile has 11 digits, e.g. 13912345678; "
        "a landline e.g. 0482-1234567)",
    "日期无法识别：{value}（请写成 2023-02-22 或 2023年2月22日）":
        "Date not recognised: {value} (write it as 2023-02-22)",
    "日期无法识别：{value}": "Date not recognised: {value}",
    "日期不存在：{value}": "No such date: {value}",
    "金额过大，无法写成大写。": "The amount is too large to write in words.",
    "金额不能为负数。": "The amount cannot be negative.",
    "金额未填写。": "The amount is missing.",
    "金额“{amount}”不能为负数。": "The amount “{amount}” cannot be negative.",
    "金额“{amount}”无法识别：请填写数字，例如 30000、3,000.50、3.5万 或 30000元。":
        "The amount “{amount}” is not recognised: write a number, e.g. 30000, 3,000.50 or 30000 yuan.",
    "金额“{amount}”无法识别。": "The amount “{amount}” is not recognised.",
    "金额“{amount}”最多精确到分（小数点后两位）。": "The amount “{amount}” has more than two decimals.",
    "金额“{amount}”超过 1 亿元，请检查是否多输入了数字。":
        "The amount “{amount}” is over 100 million yuan: check for an extra digit.",
    "金额“{amount}”不能为零。": "The amount “{amount}” cannot be zero.",
    # 12345 orders (hotline)
    "请填写日期。": "Enter the date.",
    "请选择“放假”或“上班（调休）”。": "Choose Holiday or Working day (make-up).",
    "{day} 是周{weekday}，本来就是工作日，无需设为调休上班。":
        "{day} is a weekday anyway: there is no need to make it a working day.",
    "名称过长（最多 32 个字）。": "The name is too long (at most 32 characters).",
    "{day} 不在节假日日历中。": "{day} is not in the holiday calendar.",
    "办理时限应为 1 到 {max} 天：{value}": "The time allowed should be 1 to {max} days: {value}",
    "请填写办理期限（截止日期，或工作日数如“5个工作日”）。":
        "Enter the deadline (a date, or a number of working days).",
    "请填写工单编号（平台上的编号）。": "Enter the order number (the platform's number).",
    "工单编号过长（最多 {n} 个字符）。": "The order number is too long (at most {n} characters).",
    "请填写诉求内容。": "Enter what the caller asks.",
    "请填写受理时间。": "Enter when it was received.",
    "受理时间不能晚于现在。": "The time received cannot be later than now.",
    "办理期限 {deadline} 早于受理日期 {day}。": "The deadline {deadline} is before the day received, {day}.",
    "办理期限 {deadline} 已经过去。新登记的工单期限不能早于今天；补录已过期的历史工单请从平台导出后导入。":
        "The deadline {deadline} has passed. A new order's deadline cannot be before today; "
        "to add old, overdue orders, export them from the platform and import them.",
    "时间无法识别：{value}": "Time not recognised: {value}",
    "时间不存在：{value}": "No such time: {value}",
    "工单编号被Excel存成了数字，末几位可能已丢失；请把该列设为“文本”后重新导出":
        "Excel stored the order number as a number and its last digits may be lost: "
        "format the column as Text and export again",
    "导入期间其他电脑登记了相同编号的工单，本次导入未保存任何数据。请重新导入。":
        "While importing, another computer registered an order with the same number; nothing was saved. "
        "Import again.",
    "该工单已开立过矛盾纠纷案件。": "A dispute case has already been opened for this order.",
    "来电人姓名未登记：请填写当事人姓名。": "The caller's name is not recorded: enter the party's name.",
    "找不到工单编号“{number}”。": "No order is numbered “{number}”.",
    "尚未设置本所信息，无法办理工单。": "The station is not set up yet, so orders cannot be handled.",
    "工单编号 {number} 已经登记过。": "Order number {number} is already registered.",
    "来电人不满意：请写明原因，以便重新办理。": "The caller is not satisfied: give the reason, so it can be handled again.",  # noqa: E501
    "时间不能晚于现在。": "The time cannot be later than now.",
    "时间早于工单受理时间（{time}）。": "The time is before the order was received ({time}).",
    "工作日数应在 0 到 {max} 之间：{value}": "The number of working days should be 0 to {max}: {value}",
    # patrols
    "请写明发现的情况。": "Describe what was found.",
    "矛盾纠纷须添加至少一位当事人（将据此登记纠纷案件）。":
        "A dispute needs at least one party (a dispute case is registered from it).",
    "请填写发现时间。": "Enter when it was found.",
    "发现时间须在这次巡逻期间（{start} 至 {end}）。": "The time found must be during this patrol ({start} to {end}).",  # noqa: E501
    "帮扶人数请填写整数。": "Enter the number of people helped as a whole number.",
    "帮扶人数不能为负数。": "The number of people helped cannot be negative.",
    "请选择发现类型：{choices}": "Choose the kind of finding: {choices}",
    "结束时间须晚于开始时间。": "The end must be after the start.",
    "结束时间须晚于开始时间。{hint}": "The end must be after the start. {hint}",
    "跨夜巡逻请把结束日期改为第二天。": "For a patrol through the night, set the end date to the next day.",
    "{km} 公里用时 {duration}，平均每小时约 {speed} 公里，不可能是一次巡逻。请核对里程（单位是公里）和起止时间。":  # noqa: E501
        "{km} km in {duration} is about {speed} km an hour: no patrol goes that fast. "
        "Check the distance (in km) and the start and end times.",
    "{n} 分钟": "{n} min", "{n} 小时": "{n} hours",
    "里程请填写数字（公里），如 12.5。": "Enter the distance as a number of km, e.g. 12.5.",
    "里程不能为负数。": "The distance cannot be negative.",
    "里程超过 {max} 公里，请核对（单位是公里）。": "The distance is over {max} km: check it (in km).",
    "气温请填写数字（摄氏度），如 -28。": "Enter the temperature as a number (°C), e.g. -28.",
    "气温应在 {low}℃ 到 {high}℃ 之间，请核对。": "The temperature should be between {low}°C and {high}°C: check it.",  # noqa: E501
    "天气请用简短的词，如：雪、大风、严寒。": "Describe the weather in short words, e.g. snow, strong wind, severe cold.",  # noqa: E501
    "请选择巡逻类型：{choices}": "Choose the kind of patrol: {choices}",
    "{label}无法识别，请写成 2026-11-28 21:30。": "{label}: not recognised, write it as 2026-11-28 21:30.",
    "请填写{label}。": "{label}: please fill it in.",
    "{label}不能晚于现在。": "{label}: cannot be later than now.",
    "开始时间": "Start time", "结束时间": "End time", "发现时间": "Time found",
    "所选账户已不存在。": "The account chosen no longer exists.",
    "第 {n} 位队员没有姓名。": "Member {n} has no name.",
    "找不到这条巡逻记录。": "The patrol record was not found.",
    "带队人须是本次参加巡逻的人员。": "The leader must be one of the people on this patrol.",
    "巡逻区域的标识不对。": "The patrol area is not valid.",
    "所选区域已不存在，请重新选择。": "The area chosen no longer exists: choose again.",
    "请填写开始时间。": "Enter the start time.",
    "请填写结束时间。": "Enter the end time.",
    "请选择巡逻队。": "Choose the patrol team.",
    "所选巡逻队已不存在。": "The patrol team chosen no longer exists.",
    "“{team}”已停用，不能再记录新的巡逻。": "“{team}” is retired: no new patrols can be recorded for it.",
    "请至少选择一名参加巡逻的人员。": "Choose at least one person on the patrol.",
    "参加人员的标识不对。": "A person on the patrol is not valid.",
    "有参加人员已不存在，请重新选择。": "Someone chosen no longer exists: choose again.",
    "找不到该巡逻队。": "The patrol team was not found.",
    "找不到名为“{name}”的巡逻队。": "No patrol team is named “{name}”.",
    "请填写巡逻队名称，如：红城义警。": "Enter the team's name, e.g. Hongcheng volunteers.",
    "已有名为“{name}”的巡逻队。": "There is already a patrol team named “{name}”.",
    "请选择队伍类型：{choices}": "Choose the kind of team: {choices}",
    "请至少添加一名队员（含队长）。": "Add at least one member (the leader counts).",
    "同一人被重复添加为队员。": "The same person was added twice as a member.",
    "周次格式不对：{value}（应为 2026-W48）。": "The week is not valid: {value} (write it as 2026-W48).",
    "{year} 年没有第 {week} 周。": "{year} has no week {week}.",
    # residents and areas
    "请填写名称。": "Enter the name.",
    "“{name}”已存在。": "“{name}” already exists.",
    "请选择：{choices}": "Choose: {choices}",
    "请选择一位居民或一个账户。": "Choose a resident or an account.",
    "楼栋长须填写楼栋。": "A building head needs the building.",
    "单元长须填写楼栋和单元。": "A unit head needs the building and the unit.",
    "请选择一个网格。": "Choose a grid.",
    "该任职记录已不存在。": "This role no longer exists.",
    "找不到该区域。": "The area was not found.",
    "网格下不能再建下级区域。": "A grid cannot have areas under it.",
    "此处只能添加{kind}。": "Only a {kind} can be added here.",
    "尚未设置本所信息，无法导出。": "The station is not set up yet, so nothing can be exported.",
    "请填写姓名。": "Enter the name.",
    "性别应为“男”或“女”，现为“{value}”。": "The gender should be male or female, not “{value}”.",
    "民族“{value}”不在 56 个民族名单中。": "“{value}” is not one of the 56 ethnic groups.",
    "性别与身份证号不符：身份证号显示为{gender}。": "The gender does not match the ID number, which says {gender}.",  # noqa: E501
    "出生日期与身份证号不符：身份证号显示为 {day}。": "The birth date does not match the ID number, which says {day}.",  # noqa: E501
    "导入期间其他电脑登记了相同身份证号的居民，本次导入未保存任何数据。请重新导入。":
        "While importing, another computer registered a resident with the same ID number; nothing was saved. "
        "Import again.",
    "尚未设置本所信息，无法导入居民。": "The station is not set up yet, so residents cannot be imported.",
    "找不到该居民。": "The resident was not found.",
    "请说明查看完整号码的原因。": "Say why the full number is needed.",
    "原因过长（最多 {n} 个字）。": "The reason is too long (at most {n} characters).",
    "请选择一个网格（不是镇或村）。": "Choose a grid (not a town or a village).",
    "该居民记录已合并到另一条记录。": "This resident was merged into another record.",
    "不能把一条记录合并到它自己。": "A record cannot be merged into itself.",
    # restitution
    "登记时间无法识别。": "The time registered is not recognised.",
    "登记时间（{time}）不能晚于现在。": "The time registered ({time}) cannot be later than now.",
    "找不到返赃案件“{number}”。": "No restitution case is numbered “{number}”.",
    "犯罪嫌疑人最多 {n} 人。": "At most {n} suspects.",
    "{label}无法识别。": "{label}: not recognised.",
    "{label}必须大于零（填写的是 {value}）。": "{label} must be more than zero (entered: {value}).",
    "{label}超过 1 亿元，请检查是否多输入了数字。": "{label} is over 100 million yuan: check for an extra digit.",  # noqa: E501
    "{label}（{day}）不能晚于今天（{today}）。": "{label} ({day}) cannot be later than today ({today}).",
    "被骗（损失）金额": "Amount lost", "返还日期": "Return date", "返还金额": "Amount returned",
    "追回日期": "Recovery date", "追回金额": "Amount recovered", "已标记返还": "marked as returned",
    "已取消": "cancelled",
    "被害人无效。": "The victim is not valid.",
    "请至少选择一位被害人。": "Choose at least one victim.",
    "同一被害人被重复列入。": "The same victim is listed twice.",
    "找不到该次集中返赃（可能已被删除）。": "The handover was not found (it may have been deleted).",
    "该次集中返赃{state}，不能再修改。": "The handover is {state} and can no longer be changed.",
    "请先打印签收单，被害人签名并按手印后再标记已返还。":
        "Print the receipt sheet first; mark it returned once the victims have signed it.",
    "这次集中返赃定于 {day}，日期未到，不能标记已返还。":
        "The handover is set for {day}, which has not come yet: it cannot be marked as returned.",
    "没有勾选已签收的被害人。如这次集中返赃没有举行，请取消它。":
        "No victim is ticked as signed. If the handover did not take place, cancel it.",
    "分配方式应为：{choices}": "The allocation should be one of: {choices}",
    "返还日期：{message}": "Return date: {message}",
    "返还日期（{day}）太远：最多提前 {n} 天安排。": "The return date ({day}) is too far ahead: at most {n} days.",  # noqa: E501
    "找不到该追回记录（可能已被删除）。": "The recovery was not found (it may have been deleted).",
    "本案已追回 {recovered}，已返还和待发还合计 {returned}；删除这笔 {amount} 后追回金额将少于已返还金额，不能删除。":  # noqa: E501
        "The case has recovered {recovered} and returned or promised {returned}; without this {amount} "
        "less would be recovered than returned, so it cannot be deleted.",
    "请选择被害人。": "Choose the victim.",
    "{name}已经是本案的被害人。": "{name} is already a victim in this case.",
    "找不到该被害人（可能已被删除）。": "The victim was not found (it may have been deleted).",
    "{name}已返还 {returned}{promised}，被骗金额不能改为少于 {least}（填写的是 {value}）。":
        "{name} has been returned {returned}{promised}: the amount lost cannot be less than {least} "
        "(entered: {value}).",
    "，另有 {amount} 待发还": ", and {amount} is promised",
    "{amount} 元": "{amount} yuan",
    # visits and outreach
    "周的写法不对：{value}（应如 2026-W48）": "The week is not valid: {value} (write it as 2026-W48)",
    "只有“矛盾纠纷”类的发现可以开立案件。": "Only a finding of the dispute kind can open a case.",
    "这条发现已开立案件 {number}，不能重复开立。": "This finding already opened case {number}.",
    "{label}不能晚于今天（{today}），请核对日期。": "{label} cannot be later than today ({today}): check the date.",  # noqa: E501
    "{label}（{day}）太早了，请核对年份。": "{label} ({day}) is too early: check the year.",
    "宣传日期": "Event date", "受众人数": "Audience", "走访日期": "Visit date", "发放资料份数": "Leaflets handed out",  # noqa: E501
    "请选择走访民警。": "Choose the visiting officer.",
    "民警选择不对。": "The officer chosen is not valid.",
    "所选民警的账户已不存在。": "The account of the officer chosen no longer exists.",
    "“{name}”的账户已停用，请选择其他民警。": "“{name}”'s account is disabled: choose another officer.",
    "{label}应为整数：{value}": "{label} should be a whole number: {value}",
    "{label}不能为负数。": "{label} cannot be negative.",
    "{label}（{value}）过大，请核对（最多 {max}）。": "{label} ({value}) is too large: check it (at most {max}).",  # noqa: E501
    "主题“{topic}…”过长（最多 {n} 个字）。": "The topic “{topic}…” is too long (at most {n} characters).",
    "请填写宣传地点（如：查干陶勒盖嘎查委员会、高力板镇中学）。": "Enter where the event took place.",
    "请至少选择一个宣传主题（如：反电诈、禁毒、交通安全）。":
        "Choose at least one topic (e.g. anti-fraud, drugs, traffic safety).",
    "所选地点已不存在，请重新选择。": "The place chosen no longer exists: choose again.",
    "发放了宣传资料，请勾选宣传内容（如反电诈）。": "Leaflets were handed out: tick what they were about (e.g. anti-fraud).",  # noqa: E501
    "请至少选择一户走访对象（从居民中选择被走访的人）。":
        "Choose at least one household visited (pick the people visited from the residents).",
    "一次走访最多记录 {n} 人，请分几次记录。": "A visit records at most {n} people: record it in several visits.",  # noqa: E501
    "第 {n} 位走访对象没有从居民中选择。": "Person {n} visited was not chosen from the residents.",
    "第 {n} 位走访对象的户名过长（最多 {max} 个字）。": "The household of person {n} is too long (at most {max} characters).",  # noqa: E501
    "第 {n} 位走访对象已不在居民登记中，请重新选择。": "Person {n} visited is no longer registered: choose again.",  # noqa: E501
    "“{name}”被重复添加。": "“{name}” was added twice.",
    "第 {n} 条发现：请选择类别（{choices}）。": "Finding {n}: choose the kind ({choices}).",
    "第 {n} 条发现：请写明发现的情况。": "Finding {n}: describe what was found.",
    "第 {n} 条发现：{message}": "Finding {n}: {message}",
    "第 {n} 条发现所涉及的居民已不存在。": "The resident of finding {n} no longer exists.",
}
