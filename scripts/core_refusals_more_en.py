"""English for the core's refusals, second half (ID numbers, printing, accounts and settings, the county
exchange, disputes); the first half is core_refusals_en.py. Read by translations_en_core.py."""

REFUSALS_MORE = {
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

