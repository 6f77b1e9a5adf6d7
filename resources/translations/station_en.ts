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
    <name>AreaDialog</name>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="63" />
        <source>上级：{name}</source>
        <translation>Under: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="69" />
        <source>如：高力板镇</source>
        <translation>e.g. 高力板镇</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="69" />
        <source>如：查干陶勒盖嘎查</source>
        <translation>e.g. 查干陶勒盖嘎查</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="70" />
        <source>如：第1网格</source>
        <translation>e.g. 第1网格</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="73" />
        <source>名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="74" />
        <source>编码</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>AreaTree</name>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="30" />
        <source>添加镇/苏木</source>
        <translation>Add town/sumu</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="31" />
        <source>添加村/嘎查/社区</source>
        <translation>Add village/gacha/community</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="32" />
        <source>添加网格</source>
        <translation>Add grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="36" />
        <source>镇/苏木</source>
        <translation>Town/sumu</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="37" />
        <source>村/嘎查/社区</source>
        <translation>Village/gacha/community</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="38" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/area_tree.py" line="129" />
        <source>全部</source>
        <translation>All</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="39" />
        <source>导出居民名单到Excel</source>
        <translation>Export residents to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="42" />
        <source>导出范围</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="43" />
        <source>全部居民</source>
        <translation>All residents</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="44" />
        <source>所选区域：{area}</source>
        <translation>Selected area: {area}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="45" />
        <source>（未选区域）</source>
        <translation>(no area selected)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="46" />
        <source>当前查找结果（{n} 人）</source>
        <translation>Current search result ({n} people)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="55" />
        <source>导出完整身份证号和电话（将记录审计）</source>
        <translation>Export full ID and phone numbers (audited)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="60" />
        <source>当前账户无权导出未遮蔽的个人信息</source>
        <translation>This account may not export unmasked personal data</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="62" />
        <source>默认遮蔽：身份证号只留前6位和后4位，手机号只留前3位和后4位。</source>
        <translation>Masked by default: ID numbers keep the first 6 and last 4 characters, mobiles the first 3 and last 4 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="70" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="73" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="85" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="86" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="99" />
        <source>居民名单</source>
        <translation>residents</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="102" />
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="103" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="119" />
        <source>请选择保存位置。</source>
        <translation>Please choose where to save.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="124" />
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="122" />
        <source>“{name}”已存在，要替换它吗？</source>
        <translation>“{name}” exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="134" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="135" />
        <source>正在导出居民名单…</source>
        <translation>Exporting the residents…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/export_dialog.py" line="141" />
        <source>已导出 {n} 人到 {path}</source>
        <translation>Exported {n} people to {path}</translation>
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
    <name>GridRoleDialog</name>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="53" />
        <source>添加网格员/楼栋长/单元长 — {grid}</source>
        <translation>Add grid worker / building or unit head — {grid}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="61" />
        <source>职务*</source>
        <translation>Role*</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="63" />
        <source>本网格或辖区居民</source>
        <translation>A resident</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="64" />
        <source>本所账户</source>
        <translation>A station account</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="75" />
        <source>人员来自</source>
        <translation>Person from</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="81" />
        <source>输入姓名、拼音或身份证后几位查找</source>
        <translation>Type a name, pinyin or the last digits of an ID</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="91" />
        <source>人员*</source>
        <translation>Person*</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="94" />
        <source>如：3号楼</source>
        <translation>e.g. 3号楼</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="96" />
        <source>如：2单元</source>
        <translation>e.g. 2单元</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="97" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="98" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="130" />
        <source>本人：{name}</source>
        <translation>Myself: {name}</translation>
    </message>
</context>
<context>
    <name>GridRoles</name>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="36" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="37" />
        <source>楼栋长</source>
        <translation>Building head</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="38" />
        <source>单元长</source>
        <translation>Unit head</translation>
    </message>
</context>
<context>
    <name>GridRolesPanel</name>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="195" />
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="195" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="195" />
        <source>楼栋/单元</source>
        <translation>Building/unit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="205" />
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="206" />
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/residents/grid_roles.py" line="227" />
        <source>{grid}：一员两长</source>
        <translation>{grid}: grid worker and heads</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="45" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="46" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="47" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="48" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="49" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="50" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="51" />
        <source>户主</source>
        <translation>Household head</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="52" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="53" />
        <source>镇/苏木</source>
        <translation>Town/sumu</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="54" />
        <source>村/嘎查</source>
        <translation>Village/gacha</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="55" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="56" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="57" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="58" />
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="59" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="60" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="97" />
        <source>从Excel导入居民</source>
        <translation>Import residents from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="115" />
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="116" />
        <location filename="../../ui/residents/import_dialog.py" line="260" />
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="117" />
        <location filename="../../ui/residents/import_dialog.py" line="262" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="142" />
        <source>选择居民名单文件（Excel .xlsx 或 CSV）。表头可以在标题行下面，能识别常见的中文列名，如 姓名、性别、民族、身份证号/公民身份号码、联系电话、住址、所属村/嘎查、网格。
身份证号一列请设置为“文本”格式：被Excel存成数字的号码末几位已丢失，会被拒绝而不会被猜测。</source>
        <translation>Choose the residents file (Excel .xlsx or CSV). The header may sit below title rows; common Chinese column names are recognised, such as 姓名, 性别, 民族, 身份证号/公民身份号码, 联系电话, 住址, 所属村/嘎查, 网格.
Format the ID number column as Text: numbers Excel stored as numbers have lost their last digits and are rejected, never guessed.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="150" />
        <source>文件路径</source>
        <translation>File path</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="151" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="164" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="173" />
        <source>为每一列选择对应的内容；不需要的列选“不导入”。带 * 的“姓名”必须指定。</source>
        <translation>Choose what each column holds; pick “Do not import” for columns you don't need. The name (*) is required.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="179" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="179" />
        <source>文件中的表头</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="179" />
        <source>示例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="179" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="196" />
        <source>预览：以下是导入后将发生的变化（尚未写入数据库）。</source>
        <translation>Preview: what the import will do (nothing is written yet).</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="199" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="199" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="200" />
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="200" />
        <source>有误</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="210" />
        <source>将新建的区域</source>
        <translation>Areas to be created</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="220" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="220" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="220" />
        <source>该行内容</source>
        <translation>Row content</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="240" />
        <source>保存有误的行…</source>
        <translation>Save rejected rows…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="241" />
        <source>另存为Excel，多一列“错误原因”，改好后可以再导入</source>
        <translation>Save them as Excel with a reason column; fix them and import the file again</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="255" />
        <source>1 选择文件</source>
        <translation>1 File</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="255" />
        <source>2 列对应</source>
        <translation>2 Columns</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="255" />
        <source>3 预览</source>
        <translation>3 Preview</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="255" />
        <source>4 完成</source>
        <translation>4 Done</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="260" />
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="261" />
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="262" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="293" />
        <source>选择居民名单</source>
        <translation>Choose the residents file</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="293" />
        <source>Excel 或 CSV (*.xlsx *.xlsm *.csv)</source>
        <translation>Excel or CSV (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="300" />
        <source>请选择要导入的文件。</source>
        <translation>Please choose the file to import.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="304" />
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="315" />
        <source>表头在第 {row} 行，共 {n} 行数据</source>
        <translation>Header in row {row}, {n} data rows</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="338" />
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="360" />
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="376" />
        <source>有误的行（前 {n} 行；导入后可保存全部有误的行）</source>
        <translation>Rejected rows (first {n}; after the import you can save them all)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="377" />
        <source>没有有误的行。</source>
        <translation>No rejected rows.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="397" />
        <source>正在导入居民…</source>
        <translation>Importing residents…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="403" />
        <source>导入完成。</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="404" />
        <source>新增 {a} 人，更新 {b} 人，不变 {c} 人，有误 {d} 行。</source>
        <translation>{a} added, {b} updated, {c} unchanged, {d} rows rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="408" />
        <source>新建区域：</source>
        <translation>New areas: </translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="417" />
        <source>已取消，数据库未改变。</source>
        <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="427" />
        <source>-有误的行</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="428" />
        <source>保存有误的行</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="429" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/import_dialog.py" line="439" />
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
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
        <location filename="../../ui/main_window.py" line="28" />
        <source>工作台</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="29" />
        <source>矛盾纠纷</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="30" />
        <source>登记矛盾纠纷、风险评估、预警通报、一事一策、调解笔录、打印调解协议书、回访。</source>
        <translation>Register disputes, assess risk, send early warnings, plan each case, record mediation sessions, print mediation agreements, follow up.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31" />
        <source>巡逻</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32" />
        <source>巡逻队、巡逻日志（含夜间、边境巡逻）、巡逻发现、义警时长统计。</source>
        <translation>Patrol teams, patrol logs (night and border patrols too), findings, volunteer hours.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33" />
        <source>居民/网格</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>镇—村/嘎查—网格三级区域，居民登记、查询、Excel 导入导出，一员两长。</source>
        <translation>Towns, villages and grid cells; the resident registry, search, Excel import and export.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35" />
        <source>12345工单</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36" />
        <source>12345 热线工单的接收、转派、办理、回访、归档和超期提醒。</source>
        <translation>12345 hotline work orders from receipt to archive, with deadline warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37" />
        <source>返赃</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38" />
        <source>返赃案件、被害人、追回与发还记录，集中返赃签收单。</source>
        <translation>Restitution cases, victims, recovered and returned money, receipt sheets.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39" />
        <source>走访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <source>百万警进千万家入户走访、普法宣传活动。</source>
        <translation>Household visits and legal-awareness events.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <source>报表导出</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <source>周报（同比/环比）、PDF 与 Excel、导出到U盘、县局数据包。</source>
        <translation>Weekly summaries with comparisons, PDF and Excel, USB export, bundles for the county bureau.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>所长</source>
        <translation>Chief</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>民警</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>辅警</source>
        <translation>Auxiliary</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60" />
        <source>平安台账 — {station}</source>
        <translation>Station Ledger — {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158" />
        <source>注销（切换用户）</source>
        <translation>Log out (switch user)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>关于平安台账</source>
        <translation>About Station Ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>本所：{station}</source>
        <translation>Station: {station}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="28" />
        <source>合并重复的居民</source>
        <translation>Merge duplicate residents</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="31" />
        <source>选择保留哪一条记录。另一条记录中保留记录没有填写的内容会补进来，网格职务等关联转到保留的记录；被合并的记录不再出现在名单中，但留存备查，并记录审计。</source>
        <translation>Choose the record to keep. What it lacks is filled in from the other one, and links such as grid roles move to it; the merged record leaves the list but is kept for the record. The merge is audited.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="36" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="36" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="36" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="36" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="37" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="37" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="37" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="42" />
        <source>保留这一条</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../ui/residents/merge_dialog.py" line="61" />
        <source>合并</source>
        <translation>Merge</translation>
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
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/common/tasks.py" line="85" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/tasks.py" line="102" />
        <source>正在取消，请稍候…</source>
        <translation>Cancelling, please wait…</translation>
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
    <name>ResidentDialog</name>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="84" />
        <source>登记居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="86" />
        <source>居民：{name}</source>
        <translation>Resident: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="106" />
        <source>姓名*</source>
        <translation>Full name*</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="109" />
        <source>18位，末位可为X</source>
        <translation>18 characters, may end in X</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="111" />
        <source>显示完整</source>
        <translation>Show full</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="112" />
        <source>查看完整身份证号（将记录审计）</source>
        <translation>Show the full ID number (audited)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="113" />
        <location filename="../../ui/residents/resident_form.py" line="155" />
        <source>重新输入</source>
        <translation>Retype</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="114" />
        <source>查看已登记的人</source>
        <translation>Show the registered person</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="131" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="134" />
        <location filename="../../ui/residents/resident_form.py" line="147" />
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="135" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="136" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="138" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="141" />
        <source>如 1985-03-12</source>
        <translation>e.g. 1985-03-12</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="143" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="151" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="154" />
        <source>手机或座机，如 0482-1234567</source>
        <translation>Mobile or landline, e.g. 0482-1234567</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="158" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="162" />
        <source>户主姓名或户号</source>
        <translation>Head of household or household no.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="163" />
        <source>所在户</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="169" />
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="174" />
        <source>（未分网格）</source>
        <translation>(no grid)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="183" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="186" />
        <source>如：3号楼</source>
        <translation>e.g. 3号楼</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="188" />
        <source>如：2单元</source>
        <translation>e.g. 2单元</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="189" />
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="190" />
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="192" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="208" />
        <source>其他标签，用“、”分隔</source>
        <translation>Other tags, separated by “、”</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="212" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="217" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="227" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="230" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="230" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="333" />
        <source>由身份证号自动填入</source>
        <translation>Filled in from the ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="344" />
        <source>与身份证号不符：身份证号显示为 {date}</source>
        <translation>Does not match the ID number, which gives {date}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="353" />
        <source>与身份证号不符：应为{gender}</source>
        <translation>Does not match the ID number: {gender}</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="488" />
        <source>未分网格</source>
        <translation>no grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="490" />
        <source>可能重复登记</source>
        <translation>Possibly registered twice</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="491" />
        <source>已有同名且出生日期相同的居民：</source>
        <translation>Residents with the same name and date of birth exist:</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="492" />
        <source>可能是同一人，请核对。确认不是同一人可继续保存。</source>
        <translation>It may be the same person; please check. If it is not, you can save anyway.</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="493" />
        <source>继续保存</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/residents/resident_form.py" line="494" />
        <source>返回修改</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../ui/residents/table_model.py" line="31" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="32" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="33" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="34" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="35" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="36" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="37" />
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="38" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/residents/table_model.py" line="39" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <location filename="../../ui/residents/page.py" line="66" />
        <source>区域</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="87" />
        <source>查找：姓名、拼音或首字母、身份证号或电话后几位（Ctrl+F）</source>
        <translation>Search: name, pinyin or initials, last digits of ID or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="100" />
        <source>登记居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="102" />
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="102" />
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="103" />
        <source>合并重复</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="104" />
        <source>在名单中选中同一人的两条记录（按住 Ctrl 点选）</source>
        <translation>Select two records of the same person (Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="105" />
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="106" />
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="194" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/residents/page.py" line="276" />
        <source>已保存“{name}”，不在当前列表中。</source>
        <translation>Saved “{name}”; not in the current list.</translation>
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
    <name>_PrivacyCover</name>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>已锁定</source>
        <translation>Locked</translation>
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