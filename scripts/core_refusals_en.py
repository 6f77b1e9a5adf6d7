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
    # ID numbers (core/idnumber)
    "请把该列设置为“文本”格式后重新填写": "format the column as Text and enter it again",
    "身份证号应为文字，现为{type}类型": "The ID number should be text, not {type}",
    "身份证号应为18位，这个数字超过了18位；{fix}": "An ID number has 18 digits; this number has more; {fix}",
    "{message}。身份证号被Excel存成了数字（{value}），Excel只保留15位有效数字，末几位可能已丢失；{fix}":
        "{message}. Excel stored the ID number as a number ({value}) and keeps only 15 digits, "
        "so the last ones may be lost; {fix}",
    "{message}。号码以000结尾，很可能是身份证号被Excel存成了数字，末几位已丢失；{fix}":
        "{message}. The number ends in 000: Excel probably stored it as a number and lost its last digits; {fix}",  # noqa: E501
    "身份证号为空": "The ID number is empty",
    "身份证号含有非法字符：{chars}": "The ID number has characters it cannot have: {chars}",
    "身份证号应为18位，现为{n}位": "An ID number has 18 digits, this one has {n}",
    "身份证号中的X只能出现在18位号码的最后一位（校验位）": "X can only be the last (check) digit of an 18-digit ID number",  # noqa: E501
    "校验位错误：应为{expected}，实为{actual}": "Wrong check digit: it should be {expected}, not {actual}",
    "出生日期无效：{value}": "The birth date is not valid: {value}",
    "出生日期晚于今天：{value}": "The birth date is after today: {value}",
    "出生日期过早：{value}": "The birth date is too early: {value}",
    "身份证号被Excel存成了数字（{value}），末几位已丢失；{fix}":
        "Excel stored the ID number as a number ({value}) and its last digits are lost; {fix}",
    "计算校验位需要17位数字，现为“{value}”": "The check digit needs 17 digits, not “{value}”",
    # printing (documents)
    "打印字体文件“{name}”已不存在或无法读取（{reason}）。请在“设置 → 打印字体”中重新选择字体后再打印。":
        "The print font file “{name}” is missing or unreadable ({reason}). "
        "Choose the font again in Settings → Print font, then print.",
    "无法读取打印字体“{name}”（{reason}）。请在“设置 → 打印字体”中换一种字体。":
        "The print font “{name}” cannot be read ({reason}). Choose another font in Settings → Print font.",
    "当事人未填写，不能打印。": "No parties: it cannot be printed.",
    "调解协议至少需要两方当事人。": "An agreement needs at least two parties.",
    "第{n}位当事人的姓名未填写。": "Party {n} has no name.",
    "当事人{name}的身份证号有误：{message}": "The ID number of {name} is wrong: {message}",
    "协议种类“{kind}”不存在（应为治安调解或人民调解）。":
        "There is no agreement kind “{kind}” (police or people's mediation).",
    "{label}未填写，不能打印。": "{label} is missing: it cannot be printed.",
    "协议编号": "The agreement number", "案件编号": "The case number", "调解机关（组织）": "The mediating body",  # noqa: E501
    "主持人": "The presiding mediator", "纠纷事实": "The facts", "事由": "The matter", "地点": "The place",
    "记录人": "The note-taker", "办案单位": "The station", "返还地点": "The place of return", "发还人": "Handed over by",  # noqa: E501
    "调解员未填写，不能打印。": "No mediators: it cannot be printed.",
    "调解人未填写，不能打印。": "No mediators: it cannot be printed.",
    "协议内容（条款）未填写，不能打印。": "The agreement has no terms: it cannot be printed.",
    "第{n}条协议内容为空。": "Term {n} is empty.",
    "第{n}条的金额应大于零且不超过 1 亿元。": "The amount of term {n} should be more than zero and at most 100 million yuan.",  # noqa: E501
    "履行方式未填写，不能打印（缺少履行方式的协议容易无效）。":
        "How it is performed is missing: it cannot be printed (an agreement without it may be void).",
    "履行期限未填写，不能打印（缺少履行期限的协议容易无效）。":
        "The deadline for performing is missing: it cannot be printed (an agreement without it may be void).",
    "履行期限（{deadline}）早于协议日期（{day}）。":
        "The deadline for performing ({deadline}) is before the agreement date ({day}).",
    "协议份数至少为 1 份。": "At least one copy.",
    "使用手册缺少这些截图：{names}（{folder}）": "The user manual lacks these screenshots: {names} ({folder})",  # noqa: E501
    "签收单上没有被害人，不能打印。": "The receipt sheet has no victims: it cannot be printed.",
    "第{n}行被害人姓名未填写。": "Row {n} has no victim's name.",
    "{name}的返还金额应大于零且不超过 1 亿元。": "The amount returned to {name} should be more than zero and at most 100 million yuan.",  # noqa: E501
    # accounts, settings, backups, the station, attachments, periods
    "请先登录。": "Log in first.",
    "请选择 中文 或 English。": "Choose Chinese or English.",
    "命令行没有自己的界面语言。": "The command line has no interface language of its own.",
    "用户名“{name}”已被使用，请换一个。": "The user name “{name}” is taken: choose another.",
    "找不到该账户。": "The account was not found.",
    "这是唯一的管理员账户，不能改为其他角色。": "This is the only administrator: its role cannot be changed.",
    "不能停用自己正在使用的账户。": "You cannot disable the account you are using.",
    "这是唯一可用的管理员账户，不能停用。": "This is the only administrator in use: it cannot be disabled.",
    "命令行不能修改个人密码。": "The command line cannot change a personal password.",
    "原密码不正确。": "The current password is wrong.",
    "尚未设置本所信息，请先完成首次设置。": "The station is not set up yet: finish the first setup first.",
    "用户名须为 2-32 位字母、数字、下划线、点或减号（如 cuixl、zhang.san）。":
        "A user name has 2 to 32 letters, digits, underscores, dots or hyphens (e.g. cuixl, zhang.san).",
    "请选择角色：{choices}。": "Choose the role: {choices}.",
    "本所没有名为“{name}”的管理员账户。": "The station has no administrator named “{name}”.",
    "无法保存数据包中的附件：{reason}。请检查磁盘空间。": "The bundle's attachments cannot be saved: {reason}. Check the disk space.",  # noqa: E501
    "数据包中的附件与其校验值不符，数据包已损坏或被改动。":
        "An attachment in the bundle does not match its checksum: the bundle is damaged or was changed.",
    "附件已加密，需要登录加密的数据库才能读取。": "The attachment is encrypted: log in to the encrypted database to read it.",  # noqa: E501
    "附件文件已损坏或被改动（解密校验失败），请从备份恢复。":
        "The attachment file is damaged or was changed (decryption check failed): restore it from a backup.",
    "文件过大（超过 {n} MB）。": "The file is too large (over {n} MB).",
    "找不到文件：{path}": "File not found: {path}",
    "无法保存附件“{name}”：{reason}": "The attachment “{name}” cannot be saved: {reason}",
    "附件“{name}”已丢失或被改动（校验不符），请从备份恢复。":
        "The attachment “{name}” is missing or was changed (checksum mismatch): restore it from a backup.",
    "附件的校验值不正确，无法找到该附件（记录可能已损坏）。":
        "The attachment's checksum is wrong, so it cannot be found (the record may be damaged).",
    "{message}（PostgreSQL 的加密由服务器负责。）": "{message} (On PostgreSQL the server encrypts the data.)",
    "密码不正确。": "The password is wrong.",
    "选择的是正在使用的数据库本身，不是备份。": "That is the database in use itself, not a backup.",
    "本库没有单位代码“{codes}”。本库的单位：{known}。": "This database has no station code “{codes}”. Its stations: {known}.",  # noqa: E501
    "该记录已被删除。": "The record has been deleted.",
    "没有 {month} 月：{value}。": "There is no month {month}: {value}.",
    "统计期写法不对：{value}（应为 2026-W48、2026-11、2026-Q4 或 2026）。":
        "The period is not valid: {value} (write 2026-W48, 2026-11, 2026-Q4 or 2026).",
    "自动锁定时间须在 1 到 240 分钟之间。": "The automatic lock must be 1 to 240 minutes.",
    "备份文件夹须为完整路径（如 D:\\平安台账备份）。": "The backup folder must be a full path (e.g. D:\\Backups).",  # noqa: E501
    "备份位置不是文件夹。": "The backup place is not a folder.",
    "单位代码须为 2-32 位字母、数字、下划线或减号（如 152222-GLB）。":
        "The station code has 2 to 32 letters, digits, underscores or hyphens (e.g. 152222-GLB).",
    "请填写派出所名称（如 高力板派出所）。": "Enter the station's name.",
    "请填写所属旗/县（如 科右中旗）。": "Enter the banner or county.",
    "锚点应为报表上印的审计链哈希（至少 16 位十六进制数字）。":
        "The anchor is the audit chain hash printed on the report (at least 16 hexadecimal digits).",
    # the county exchange
    "本所还没有与县局交换密钥，请输入数据包密码（或先在“设置”中完成与县局的登记，以后就不需要密码）。":
        "The station has not exchanged keys with the county yet: enter the bundle password "
        "(or enrol with the county in Settings first; then no password is needed).",
    "没有这条冲突记录（可能已被删除）。": "The conflict was not found (it may have been deleted).",
    "请选择保留本库的记录，或采用数据包中的记录。": "Choose to keep this database's record or take the bundle's.",  # noqa: E501
    "请勾选要采用数据包中哪些栏目的值。": "Tick the fields to take from the bundle.",
    "该派出所后来的数据包已更新了这条记录，这条冲突无需再处理。":
        "A later bundle of the station has updated this record: the conflict needs nothing more.",
    "这条冲突已由 {name} 处理过了。": "{name} has already settled this conflict.",
    "无法逐项采用：{table} 没有栏目 {field}。": "Cannot take it field by field: {table} has no field {field}.",  # noqa: E501
    "这条记录在发现冲突之后又有了新的版本，不能再逐项采用。请选择“保留本库的记录”。":
        "The record has a newer version since the conflict was found: it cannot be taken field by field. "
        "Choose to keep this database's record.",
    "本程序不认识数据表 {table}，请先升级平安台账。": "This program does not know the table {table}: update Station Ledger first.",  # noqa: E501
    "这条记录在发现冲突之后又有了新的版本，数据包中的这一份已经过时。请选择“保留本库的记录”。":
        "The record has a newer version since the conflict was found, so the bundle's copy is out of date. "
        "Choose to keep this database's record.",
    "本库尚未设置本所信息。": "This database has no station set up yet.",
    "本库还没有交换密钥。请先在“设置”中生成本所密钥。":
        "This database has no exchange keys yet. Create the station's keys in Settings first.",
    "找不到文件夹 {path}：U盘没有插好，或路径写错了。": "Folder {path} not found: the stick is not plugged in, or the path is wrong.",  # noqa: E501
    "没有已登记、未注销的单位代码 {code}。": "No enrolled, active station has the code {code}.",
    "文件名“{name}”不能用作文件名，已拒绝写入。": "“{name}” cannot be a file name: nothing was written.",
    # registering a dispute (mediation/cases)
    "反映时间不能晚于现在。": "The time reported cannot be later than now.",
    "请至少添加一位当事人。": "Add at least one party.",
    "所选地点已不存在。": "The place chosen no longer exists.",
    "同一人被重复添加为当事人。": "The same person was added twice as a party.",
    "所选居民已不存在。": "The resident chosen no longer exists.",
    "第 {n} 位当事人没有姓名。": "Party {n} has no name.",
    "第 {n} 位当事人：{message}": "Party {n}: {message}",
    "请选择纠纷来源：{choices}": "Choose the source: {choices}",
    "请选择纠纷类别，如：{choices}…": "Choose the category, e.g. {choices}…",
    "请选择纠纷类别：{choices}": "Choose the category: {choices}",
    "请简要写明纠纷情况。": "Describe the dispute briefly.",
    "反映人类型不对。": "The kind of reporter is not valid.",
    "请填写反映时间。": "Enter when it was reported.",
    "找不到该案件。": "The case was not found.",
    "找不到案件编号“{number}”。": "No case is numbered “{number}”.",
    "案件编号“{number}”不止一个单位在用，请用 --station 指明单位。":
        "More than one station uses the case number “{number}”: name the station with --station.",
    # the steps (mediation/steps)
    "未知的风险因素：{factors}": "Unknown risk factors: {factors}",
    "请填写通报对象（如 司法所、妇联、嘎查委员会）。":
        "Enter who is warned (e.g. the judicial office, the women's federation, the gacha committee).",
    "请填写通报内容。": "Enter what the warning says.",
    "请填写签收人。": "Enter who received it.",
    "请填写工作措施。": "Enter the measures.",
    "请填写责任人。": "Enter who is responsible.",
    "请填写完成期限。": "Enter the deadline.",
    "找不到该措施。": "The measure was not found.",
    "请填写调解地点。": "Enter where the mediation took place.",
    "请填写调解人。": "Enter the mediators.",
    "请填写调解开始和结束时间。": "Enter when the mediation started and ended.",
    "结束时间早于开始时间。": "The end is before the start.",
    "当事人{name}未满{age_limit}周岁（{age}岁），须有监护人在场并记录其姓名。":
        "{name} is under {age_limit} ({age}): a guardian must be present and named.",
    "请选择去向：{choices}": "Choose where it goes: {choices}",
    "请写明调解不成的原因。": "Give the reason the mediation failed.",
    "通报时间不能晚于现在。": "The warning cannot be sent later than now.",
    "通报时间早于纠纷反映时间（{time}）。": "The warning is dated before the dispute was reported ({time}).",
    "签收时间不能晚于现在。": "The receipt cannot be later than now.",
    "签收时间早于通报时间（{time}）。": "The receipt is dated before the warning was sent ({time}).",
    "调解时间不能晚于现在。": "The mediation cannot be later than now.",
    "调解时间早于纠纷反映时间（{time}）。":
        "The mediation is dated before the dispute was reported ({time}).",
    "第 {n} 条金额：{message}": "Term {n}, amount: {message}",
    "第 {n} 条：{message}": "Term {n}: {message}",
    "第 {n} 条协议内容为空。": "Term {n} is empty.",
    "请选择协议种类：治安调解协议书 或 人民调解协议书。":
        "Choose the kind of agreement: police mediation or people's mediation.",
    "履行期限早于协议日期。": "The deadline for performing is before the agreement date.",
    "份数应为 1 到 10。": "The number of copies must be 1 to 10.",
    "尚未记录任何调解过程，不能起草协议。":
        "No mediation has been recorded yet, so no agreement can be drafted.",
    "协议已签订，不能再修改。": "The agreement is signed and can no longer be changed.",
    # signing, follow-up, closing (mediation/closing), documents and printing
    "回访时间早于协议签订日期（{day}）。": "The follow-up is before the agreement was signed ({day}).",
    "请选择协议履行情况：{choices}": "Choose how the agreement was performed: {choices}",
    "请选择满意度：{choices}": "Choose the satisfaction: {choices}",
    "剩余风险应为：{choices}": "The remaining risk should be one of: {choices}",
    "协议尚未确认履行完毕，结案须写明原因。":
        "The agreement is not confirmed as performed: closing needs a reason.",
    "请写明{step}的原因。": "Give the reason ({step}).",
    "请填写签订日期（不能晚于今天）。": "Enter the signing date (not later than today).",
    "协议在打印（校验码 {code}）之后又修改过，请重新打印给当事人签字。":
        "The agreement was changed after it was printed (verification code {code}): "
        "print it again for the parties to sign.",
    "协议尚未打印，请先打印给当事人签字。":
        "The agreement has not been printed: print it for the parties to sign first.",
    "打印（校验码 {code}）之后当事人信息或协议有改动，请重新打印给当事人签字。":
        "The parties or the agreement changed after printing (verification code {code}): "
        "print it again for the parties to sign.",
    "签字的打印件校验码为 {signed}，不是最后打印的协议（校验码 {code}）。请核对，或重新打印。":
        "The signed copy has verification code {signed}, not that of the agreement printed last ({code}). "
        "Check it, or print again.",
    "签订日期早于协议日期。": "The signing date is before the agreement date.",
    "回访时间：{message}": "Follow-up time: {message}",
    "回访时间不能晚于现在。": "The follow-up cannot be later than now.",
    "找不到该次调解记录。": "The mediation record was not found.",
    "找不到该预警通报。": "The early warning was not found.",
    "尚未起草调解协议。": "No agreement has been drafted yet.",
    "这份文书不属于本案件。": "This document does not belong to this case.",
    "这份协议（校验码 {code}）不是现行的协议：打印前协议或当事人信息已有改动。请重新预览，再打印。":
        "This agreement (verification code {code}) is not the current one: the agreement or the parties "
        "changed before printing. Preview it again, then print.",
}

