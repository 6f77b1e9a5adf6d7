"""English for the patrol screens' Chinese source strings (merged by update_translations.py)."""

ENGLISH = {
    # the core's words
    "民警巡逻队": "Police patrol", "义警/群防队": "Volunteer team", "警民联合": "Joint police–volunteer",
    "边境巡逻队": "Border patrol", "日常": "Routine", "夜间": "Night", "重点时段": "Peak hours", "边境": "Border",
    "护学": "School run", "节日": "Holiday", "安全隐患": "Hazard", "社情民意": "Public opinion", "救助帮扶": "Help given",
    "进行中": "under way",
    # the page
    "开始巡逻": "Start patrol", "结束巡逻": "End patrol", "补录巡逻": "Log past patrol", "巡逻队…": "Teams…",
    "本周": "This week", "全部巡逻队": "All teams", "巡逻记录": "Patrol log", "本周统计": "Week's figures",
    "{week}（{monday} 至 {sunday}）": "{week} ({monday} to {sunday})",
    "本周巡逻 {n} 次 · {hours} 小时 · {km} 公里 · 义警 {volunteers} 人 {vhours} 小时 · 夜间 {night} 次 · 雪天 {snow} 次 · 进行中 {open} 次":
        "This week: {n} patrols · {hours} h · {km} km · {volunteers} volunteers, {vhours} h · {night} at night · "
        "{snow} in snow · {open} under way",
    "请先在列表中选中要结束的巡逻（进行中的显示在最上面）。":
        "First select the patrol to end in the list (patrols under way are at the top).",
    "小时": "Hours", "巡逻队": "Team", "带队": "Led by", "人数": "People", "公里": "km",
    "天气": "Weather", "发现": "Findings", "区域/路线": "Areas / route",
    # the selected patrol
    "人员": "People", "路线": "Route", "车辆": "Vehicles", "里程": "Distance", "记录": "Recorded",
    "结束巡逻…": "End patrol…", "添加发现…": "Add finding…", "修改…": "Edit…", "在列表中按 Enter": "Enter in the list",
    "巡逻发现": "Findings", "有案件编号的：双击或按 Enter 打开纠纷案件":
        "Findings with a case number: double-click or press Enter to open the dispute case",
    "（未选择巡逻记录）": "(no patrol selected)", "{h} 小时": "{h} h", "（义警）": " (volunteer)",
    "带队 {leader}；{people}（{n} 人）": "Led by {leader}; {people} ({n} people)", "{km} 公里": "{km} km",
    "处置：{text}": "Action taken: {text}", "已登记纠纷 {number}（Enter 打开）": "Dispute registered as {number} (Enter opens it)",
    "{name} 补录": "Logged afterwards by {name}", "{name} 开始": "Started by {name}", "，{name} 结束": ", ended by {name}",
    # the patrol form
    "修改巡逻记录": "Edit patrol", "巡逻队*": "Team*", "巡逻类型*": "Kind*", "参加人员*": "People present*",
    "带队人": "Leader", "巡逻区域": "Areas", "如：S203省道—查干陶勒盖嘎查—草场围栏": "e.g. S203 road — Chagan Tolgai — pasture fences",
    "如：雪、大风": "e.g. snow, strong wind", "气温": "Temperature", "如：警车 蒙G·J0152、摩托车2辆；步巡可不填":
        "e.g. a patrol car and its plate, 2 motorbikes; leave empty on foot",
    "结束时间*": "Ended at*", "公里，如 12.5": "km, e.g. 12.5", "巡逻情况（Ctrl+Enter 保存）": "How it went (Ctrl+Enter saves)",
    "输入姓名、拼音或首字母，Enter 勾选": "Type a name, pinyin or initials; Enter ticks", "全选": "All",
    "空格键勾选或取消": "Space ticks or unticks", "（队长）": " (leader)", "添加": "Add",
    "Delete 键移除选中的区域": "Delete removes the selected area",
    "这条巡逻记录刚被其他人修改过（可能在另一台电脑上），您的保存没有生效。请关闭窗口，重新打开后再修改。":
        "Someone else has just changed this patrol (perhaps on another PC); your save did not take effect. "
        "Close the window and open the patrol again to change it.",
    "巡逻超过 24 小时": "Patrol longer than 24 hours", "确认无误，保存": "It is right, save",
    "{team} {kind}巡逻，{start} 开始，带队 {leader}，共 {n} 人":
        "{team}, {kind} patrol started {start}, led by {leader}, {n} people",
    # findings
    "添加巡逻发现 — {team}": "Add a finding — {team}", "类型*": "Kind*", "发现时间*": "Found at*",
    "具体位置，如：3组路口": "Exact place, e.g. the group 3 crossroads", "发现的情况（纠纷将作为案件概要）":
        "What was found (for a dispute, the case summary)", "情况*": "What*", "现场如何处置": "What was done on the spot",
    "处置情况": "Action taken", "帮扶人数": "People helped", "纠纷类别*": "Dispute category*",
    "保存并登记纠纷": "Save and register the dispute",
    # figures
    "按巡逻队": "By team", "次数": "Patrols", "人·小时": "Person-hours", "义警人数": "Volunteers",
    "义警小时": "Volunteer hours", "按人员（义警时长）": "By person (volunteer hours)", "身份": "As",
    "（其中 {n} 次进行中，未计时长）": " ({n} under way, not timed yet)",
    "巡逻 {n} 次{under_way}，共 {hours} 小时、{km} 公里；夜间 {night} 次，雪天 {snow} 次。":
        "{n} patrols{under_way}, {hours} hours, {km} km; {night} at night, {snow} in snow.",
    "参加 {people} 人，义警 {volunteers} 人、{vhours} 小时。发现：{found}；登记纠纷 {cases} 件。":
        "{people} people took part, {volunteers} volunteers for {vhours} hours. Findings: {found}; "
        "{cases} disputes registered.",
    "义警": "Volunteer", "民警/辅警": "Officer / auxiliary",
    # the dashboard panel
    "没有超过 12 小时仍未结束的巡逻。": "No patrol has been left open for more than 12 hours.",
    "开始时间": "Started", "已过小时": "Hours open",
    "双击或按 Enter 打开这次巡逻，结束巡逻并填写实际结束时间":
        "Double-click or press Enter to open the patrol, end it and enter the real end time",
    # teams
    "新建巡逻队": "New team", "如：红城义警": "e.g. 红城义警", "在用（停用后不能再记录新的巡逻）":
        "In use (a stopped team takes no new patrols)", "加入民警/辅警": "Add officer",
    "查找义警（居民）：姓名、拼音或首字母、身份证号或电话后几位":
        "Find a volunteer (resident): name, pinyin or initials, last digits of ID or phone",
    "新增义警（未登记的居民）": "New volunteer (not yet registered)",
    "Delete 键移出本队（保留为原队员记录）": "Delete takes someone off the team (kept as a former member)",
    "队员*": "Members*", "队长*": "Leader*", "（已停用）": " (stopped)", "{n} 人": "{n} people", "新登记": "new",
    # issue 13, item 7: one duration rule, 进行中 for a week, the speed question
    "{n} 分钟": "{n} min", "{n} 小时": "{n} h", "时长": "Duration", "义警时长": "Volunteer time",
    "本周巡逻 {n} 次 · {hours} · {km} 公里 · 义警 {volunteers} 人 {vhours} · 夜间 {night} 次 · 雪天 {snow} 次 · 进行中 {open} 次":
        "This week: {n} patrols · {hours} · {km} km · {volunteers} volunteers, {vhours} · {night} at night · {snow} in snow · {open} under way",
    "（另有 {n} 次不是本周开始、仍未结束）": " ({n} more started in another week and not ended yet)",
    "巡逻 {n} 次{under_way}，共 {hours}、{km} 公里；夜间 {night} 次，雪天 {snow} 次。":
        "{n} patrols{under_way}, {hours} and {km} km in all; {night} at night, {snow} in snow.",
    "参加 {people} 人，义警 {volunteers} 人、{vhours}。发现：{found}；登记纠纷 {cases} 件。":
        "{people} people took part, {volunteers} volunteers for {vhours}. Found: {found}; {cases} disputes registered.",
    "里程与时长对不上": "Distance and duration do not match",
}
