<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="39" />
        <source>修改账户</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="39" />
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="52" />
        <source>用户名*</source>
        <translation>User name*</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="53" />
        <source>姓名*</source>
        <translation>Full name*</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="54" />
        <source>角色*</source>
        <translation>Role*</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="55" />
        <source>警号</source>
        <translation>Police no.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="59" />
        <source>初始密码*</source>
        <translation>First password*</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="60" />
        <source>再输一次*</source>
        <translation>Repeat*</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="77" />
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="125" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="129" />
        <source>管理员重置了您的密码，请设置一个只有您知道的新密码。</source>
        <translation>An administrator reset your password. Please choose a new one only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="137" />
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="138" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="139" />
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="152" />
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="15" />
        <source>工作台 — {station}</source>
        <translation>Today — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="18" />
        <source>{name}，您好。</source>
        <translation>Hello, {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="20" />
        <source>今日待办</source>
        <translation>Needs attention today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="23" />
        <source>高风险矛盾纠纷、逾期回访和12345工单期限将在相应模块开放后显示在这里。</source>
        <translation>High-risk disputes, overdue follow-ups and hotline deadlines will appear here once those modules are available.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../ui/common/errors.py" line="52" />
        <source>程序出错</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="56" />
        <source>程序遇到了意外错误，刚才的操作没有完成（已保存的数据不受影响）。
请把下面的详细信息复制给维护人员。日志文件：{log}</source>
        <translation>The program hit an unexpected error; the last action was not completed (saved data is not affected).
Please copy the details below for the maintainer. Log file: {log}</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="68" />
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="39" />
        <source>数据目录</source>
        <translation>Data directory</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="40" />
        <source>数据库位置</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="41" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="43" />
        <source>无操作自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="48" />
        <source>界面语言（重启后生效）</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="53" />
        <source>打印文书字体</source>
        <translation>Font for documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="58" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="65" />
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="71" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="82" />
        <source>只有管理员或所长可以修改设置。</source>
        <translation>Only an administrator or the chief can change settings.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="94" />
        <source>（未找到中文字体）</source>
        <translation>(no Chinese font found)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="102" />
        <source>提示：未找到含生僻字（如“𠮷”）的字体，这类字打印时会提示。Windows 自带 SimSun-ExtB；Linux 可安装 fonts-hanazono。</source>
        <translation>Note: no font with rare characters (such as “𠮷”) was found; you will be warned before printing them. Windows has SimSun-ExtB; on Linux install fonts-hanazono.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="105" />
        <source>已找到 {n} 种可嵌入 PDF 的中文字体。</source>
        <translation>{n} Chinese fonts that can be embedded in PDFs were found.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="109" />
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="123" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="75" />
        <source>平安台账 — 已锁定</source>
        <translation>Station Ledger — locked</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="78" />
        <source>长时间无人操作，窗口已锁定。
{name}（{user}），请输入密码解锁。</source>
        <translation>The window locked after a period without use.
{name} ({user}), enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="83" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="90" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="92" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="27" />
        <source>平安台账 — 登录</source>
        <translation>Station Ledger — log in</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="37" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="38" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="47" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="48" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="27" />
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="28" />
        <source>矛盾纠纷</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="29" />
        <source>登记矛盾纠纷、风险评估、预警通报、一事一策、调解笔录、打印调解协议书、回访。</source>
        <translation>Register disputes, assess risk, send early warnings, plan each case, record mediation sessions, print mediation agreements, follow up.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="30" />
        <source>巡逻</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31" />
        <source>巡逻队、巡逻日志（含夜间、边境巡逻）、巡逻发现、义警时长统计。</source>
        <translation>Patrol teams, patrol logs (night and border patrols too), findings, volunteer hours.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32" />
        <source>居民/网格</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>镇—村/嘎查—网格三级区域，居民登记、查询、Excel 导入导出，一员两长。</source>
        <translation>Towns, villages and grid cells; the resident registry, search, Excel import and export.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>12345工单</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35" />
        <source>12345 热线工单的接收、转派、办理、回访、归档和超期提醒。</source>
        <translation>12345 hotline work orders from receipt to archive, with deadline warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>返赃</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>返赃案件、被害人、追回与发还记录，集中返赃签收单。</source>
        <translation>Restitution cases, victims, recovered and returned money, receipt sheets.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>百万警进千万家入户走访、普法宣传活动。</source>
        <translation>Household visits and legal-awareness events.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>报表导出</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>周报（同比/环比）、PDF 与 Excel、导出到U盘、县局数据包。</source>
        <translation>Weekly summaries with comparisons, PDF and Excel, USB export, bundles for the county bureau.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>所长</source>
        <translation>Chief</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>辅警</source>
        <translation>Auxiliary</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59" />
        <source>平安台账 — {station}</source>
        <translation>Station Ledger — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132" />
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>注销（切换用户）</source>
        <translation>Log out (switch user)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>关于平安台账</source>
        <translation>About Station Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>本所：{station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="16" />
        <source>此功能尚未开放，将在后续版本中提供。</source>
        <translation>This module is not available yet; it comes in a later version.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="91" />
        <source>重置密码 — {user}</source>
        <translation>Reset password — {user}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="97" />
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="98" />
        <source>再输一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="109" />
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="133" />
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="138" />
        <source>账户管理</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="28" />
        <source>平安台账 — 首次设置</source>
        <translation>Station Ledger — first start</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="32" />
        <source>欢迎使用平安台账。第一次使用，请填写本所信息并设置管理员账户。
数据将保存在：{db}</source>
        <translation>Welcome to Station Ledger. Please enter the station's details and set up the administrator.
Data will be kept in: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="38" />
        <source>本所信息</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="40" />
        <source>如：高力板派出所</source>
        <translation>e.g. 高力板派出所</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="41" />
        <source>如：152222-GLB</source>
        <translation>e.g. 152222-GLB</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="42" />
        <source>如：科右中旗</source>
        <translation>e.g. 科右中旗</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="43" />
        <source>如：高力板镇</source>
        <translation>e.g. 高力板镇</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="44" />
        <source>派出所名称*</source>
        <translation>Station name*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="45" />
        <source>单位代码*</source>
        <translation>Station code*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="46" />
        <source>所属旗/县*</source>
        <translation>Banner/county*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47" />
        <source>所在镇/苏木</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="50" />
        <source>管理员账户</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="52" />
        <source>管理员的姓名</source>
        <translation>The administrator's name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="53" />
        <source>登录用的用户名，如 admin</source>
        <translation>Name to log in with, e.g. admin</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="56" />
        <source>姓名*</source>
        <translation>Full name*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="57" />
        <source>用户名*</source>
        <translation>User name*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="58" />
        <source>密码*</source>
        <translation>Password*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="59" />
        <source>再输一次*</source>
        <translation>Repeat*</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="60" />
        <source>密码至少 8 位，须同时包含字母和数字。</source>
        <translation>At least 8 characters, with both letters and digits.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="72" />
        <source>完成设置</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="73" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="84" />
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="118" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="118" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="119" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="119" />
        <source>警号</source>
        <translation>Police no.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="120" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="120" />
        <source>上次登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="129" />
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="130" />
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="131" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="132" />
        <location filename="../../ui/accounts/users_page.py" line="178" />
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="159" />
        <source>可用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="159" />
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/users_page.py" line="178" />
        <source>启用</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/common/errors.py" line="43" />
        <source>数据库问题</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../ui/common/errors.py" line="44" />
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/about.py" line="36" />
        <source>关于平安台账</source>
        <translation>About Station Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="37" />
        <source>平安台账 — 派出所工作台账</source>
        <translation>Station Ledger — work ledgers of the police station</translation>
    </message>
</context>
</TS>