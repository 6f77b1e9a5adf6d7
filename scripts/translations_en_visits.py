"""English for the visits and outreach screens (ui/visits/)."""

ENGLISH = {
    # page and tabs
    "走访（百万警进千万家）": "Household visits", "普法宣传": "Legal awareness",
    "记录走访": "Record visit", "记录普法宣传": "Record event",
    "查找：居民姓名、户、民警、发现的情况（Ctrl+F）": "Find: resident, household, officer, finding (Ctrl+F)",
    "查找：地点、主题、内容、民警（Ctrl+F）": "Find: place, topic, content, officer (Ctrl+F)",
    "全部日期": "All dates", "本周": "This week", "上周": "Last week", "近30天": "Last 30 days", "今年": "This year",
    "共 {n} 条": "{n} records",
    "日期": "Date", "民警": "Officer", "户数": "Households", "走访对象": "People visited", "发现": "Findings",
    "入户宣传": "Publicity at the door", "地点": "Place", "主题": "Topics", "受众": "Audience", "照片": "Photo",
    # visit detail
    "（未选择走访记录）": "(no visit selected)",
    "{date}  {officer}  走访 {households} 户 {people} 人": "{date}  {officer}  {households} households, {people} people",
    "入户宣传：": "Publicity at the door: ", "无": "None", "备注：": "Note: ", "录入人：": "Entered by: ",
    "，资料 {n} 份": ", {n} leaflets",
    "走访对象（按户）": "People visited (by household)", "户 / 姓名": "Household / name", "身份信息": "Details",
    "发现的情况": "Findings", "类别": "Category", "涉及": "Concerns", "情况": "What was found",
    "矛盾纠纷案件": "Dispute case", "未开立": "not opened",
    "开立矛盾纠纷…": "Open a dispute case…", "查看案件": "Show case", "补充发现…": "Add finding…",
    "为选中的矛盾纠纷发现开立调解案件（Ctrl+D）": "Open a mediation case for the selected dispute finding (Ctrl+D)",
    # finding kinds (vocab.FINDING_KINDS)
    "安全隐患": "Hazard", "社情民意": "Public opinion", "困难帮扶": "Needs help",
    "违法犯罪线索": "Crime lead", "其他": "Other",
    # visit dialog
    "走访民警*": "Officer*", "走访日期*": "Date*", " 份": " copies", "发放资料": "Leaflets handed out",
    "其他情况，如：登记家庭成员变动，留下警民联系卡": "Anything else, e.g. family changes noted, contact card left",
    "备注": "Notes", "发现的情况（矛盾纠纷保存后可开立案件）": "Findings (a dispute can become a case after saving)",
    "走访对象（按户）*": "People visited (by household)*",
    "查找被走访的居民：姓名、拼音或首字母、身份证号或电话后几位":
        "Find the resident visited: name, pinyin or initials, end of ID or phone number",
    "户": "Household", "姓名": "Name",
    "所在户（F2 修改）；不填则按一人一户计": "Household (F2 to edit); left empty, the person counts as a household",
    "Delete 键移除选中的人": "Delete removes the selected person",
    "未找到“{query}”。请先在“居民/网格”中登记此人": "No “{query}”. Register the person under Residents first",
    "（不指定人）": "(nobody in particular)", "发现的情况，Enter 加入": "What was found; Enter adds it",
    "加入": "Add", "Delete 键移除选中的发现": "Delete removes the selected finding",
    "Ctrl+Enter 保存": "Ctrl+Enter saves", "保存": "Save", "取消": "Cancel",
    # add finding, open case
    "补充发现 — {date} {officer}": "Add finding — {date} {officer}", "类别*": "Category*", "发现的情况*": "What was found*",
    "开立矛盾纠纷": "Open a dispute case", "{date} {officer} 走访发现：": "Found on the visit of {date} by {officer}: ",
    "如：邻里纠纷（可输入 ll）": "e.g. Neighbours",
    "纠纷概要（走访情况会自动写在后面）": "Summary (the visit is added after it)",
    "纠纷概要*": "Summary*", "当事人*": "Parties*", "开立案件": "Open case", "以后再说": "Later",
    # events
    "（未选择宣传活动）": "(no event selected)", "负责民警": "Officer in charge", "联合单位": "Partners",
    "活动内容": "What was done", "录入人": "Entered by", "{n} 人": "{n} people",
    "现场照片（Enter 打开）": "Photos (Enter opens)", "添加照片…": "Add photos…", "正在保存照片…": "Saving photos…",
    "选择现场照片": "Choose photos", "日期*": "Date*", "地点*": "Place*",
    "具体地点，如：嘎查委员会院内、镇中学操场": "Exact place, e.g. village committee yard, school sports ground",
    "具体地点": "Exact place", " 人": " people", "受众人数": "Audience",
    "如：司法所、学校、嘎查委员会": "e.g. justice office, school, village committee",
    "宣传内容和形式，如：讲解典型案例、发放资料、现场答疑": "Content and form, e.g. case talks, leaflets, questions answered",
    "Delete 键移除选中的照片": "Delete removes the selected photo", "现场照片": "Photos",
    "宣传主题*（空格键勾选）": "Topics* (Space ticks)", "其他主题，用顿号分隔": "Other topics, separated by 、",
}
