<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>About</name>
    <message>
      <location filename="../../ui/about.py" line="21" />
      <source>平安台账 Station Ledger</source>
      <translation>Station Ledger</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="27" />
      <source>数据目录</source>
      <translation>Data directory</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="28" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="29" />
      <source>日志</source>
      <translation>Log</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="31" />
      <source>：</source>
      <translation>:</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="37" />
      <source>关于平安台账</source>
      <translation>About Station Ledger</translation>
    </message>
    <message>
      <location filename="../../ui/about.py" line="38" />
      <source>平安台账 — 派出所工作台账</source>
      <translation>Station Ledger — work ledgers of the police station</translation>
    </message>
  </context>
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
      <location filename="../../ui/accounts/users_page.py" line="60" />
      <source>初始密码*</source>
      <translation>First password*</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="61" />
      <source>再输一次*</source>
      <translation>Repeat*</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="74" />
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>AcknowledgeDialog</name>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="44" />
      <source>预警通报签收</source>
      <translation>Warning acknowledged</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="46" />
      <source>签收人*</source>
      <translation>Acknowledged by*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="47" />
      <source>{recipient}的签收人姓名</source>
      <translation>Name of the person at {recipient} who acknowledged it</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="49" />
      <source>签收时间</source>
      <translation>Acknowledged at</translation>
    </message>
  </context>
  <context>
    <name>AgreementEditor</name>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="45" />
      <source>调解协议</source>
      <translation>Mediation agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="71" />
      <source>协议种类*</source>
      <translation>Kind*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="72" />
      <source>纠纷事实*</source>
      <translation>Facts*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="73" />
      <source>时间、地点、人员、起因、经过、情节、结果</source>
      <translation>Time, place, people, cause, course, circumstances, result</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="74" />
      <source>责任认定</source>
      <translation>Responsibility</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="82" />
      <source>删除此条</source>
      <translation>Delete this term</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="83" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="84" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="89" />
      <source>金额可写 30000、3,000.50 或 3万；大写自动生成。在最后一行输入即可新增一条。</source>
      <translation>Amounts as 30000 or 3,000.50; the capitals are written for you. Type in the last row to add a term.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="95" />
      <source>协议条款*</source>
      <translation>Terms*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="97" />
      <source>如：现金一次性支付</source>
      <translation>e.g. cash, in one payment</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="98" />
      <source>履行方式*</source>
      <translation>Method*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="99" />
      <source>履行地点</source>
      <translation>Place of performance</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="100" />
      <source>如：高力板派出所调解室</source>
      <translation>e.g. the mediation room of Gaoliban station</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="101" />
      <source>履行期限*</source>
      <translation>Deadline*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="102" />
      <source>如 2026-12-31</source>
      <translation>e.g. 2026-12-31</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="105" />
      <source>按规定</source>
      <translation>As prescribed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="106" />
      <source>份数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="107" />
      <source>协议日期</source>
      <translation>Agreement date</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="109" />
      <source>预览/打印…</source>
      <translation>Preview/print…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="120" />
      <source>保存后自动编号</source>
      <translation>Numbered when saved</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/agreement_editor.py" line="193" />
      <source>不能打印，请先补全：</source>
      <translation>Cannot print yet. Please complete:</translation>
    </message>
  </context>
  <context>
    <name>AppController</name>
    <message>
      <location filename="../../ui/app.py" line="156" />
      <source>本所设置完成。请用刚设置的管理员账户登录。</source>
      <translation>The station is set up. Log in with the administrator account you just created.</translation>
    </message>
  </context>
  <context>
    <name>ArchiveDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="210" />
      <source>归档工单</source>
      <translation>Archive order</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="211" />
      <source>工单已回访（{s}），归档后不再办理。</source>
      <translation>The caller was called back ({s}); an archived order is closed.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="213" />
      <source>归档时间</source>
      <translation>Archived at</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="214" />
      <source>确认归档</source>
      <translation>Archive</translation>
    </message>
  </context>
  <context>
    <name>AreaCombo</name>
    <message>
      <location filename="../../ui/mediation/widgets.py" line="64" />
      <source>镇/嘎查/网格，可输入拼音首字母；也可直接填写</source>
      <translation>Town/gacha/grid (pinyin initials work), or type any place</translation>
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
      <location filename="../../ui/residents/area_tree.py" line="122" />
      <source>全部</source>
      <translation>All</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="24" />
      <source>照片</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="25" />
      <source>录音</source>
      <translation>Recording</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="26" />
      <source>文档</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="27" />
      <source>已签协议扫描件</source>
      <translation>Scan of the signed agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="28" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="36" />
      <source>所有支持的文件</source>
      <translation>All supported files</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="39" />
      <source>照片 (*.jpg *.jpeg *.png *.bmp *.gif *.heic *.webp)</source>
      <translation>Photos (*.jpg *.jpeg *.png *.bmp *.gif *.heic *.webp)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="40" />
      <source>录音 (*.mp3 *.m4a *.amr *.wav *.aac *.ogg)</source>
      <translation>Recordings (*.mp3 *.m4a *.amr *.wav *.aac *.ogg)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="41" />
      <source>文档 (*.pdf *.doc *.docx *.txt *.xls *.xlsx)</source>
      <translation>Documents (*.pdf *.doc *.docx *.txt *.xls *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="42" />
      <source>所有文件 (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="57" />
      <source>添加附件</source>
      <translation>Add attachments</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="85" />
      <source>正在保存附件…</source>
      <translation>Saving attachments…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="93" />
      <source>无法保存到“{path}”：{reason}</source>
      <translation>Cannot save to “{path}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="108" />
      <source>无法打开附件：{reason}</source>
      <translation>Cannot open the attachment: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attachments.py" line="116" />
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
  </context>
  <context>
    <name>AttentionPanel</name>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="17" />
      <source>高风险</source>
      <translation>High risk</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="18" />
      <source>措施逾期</source>
      <translation>Plan overdue</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="19" />
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="32" />
      <source>案件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="32" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="32" />
      <source>事项</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="32" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="33" />
      <source>紧急程度</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="34" />
      <source>没有需要处理的矛盾纠纷事项。接到新的纠纷时，在左侧“矛盾纠纷”中按 Ctrl+N 登记。</source>
      <translation>No disputes need attention. When a new dispute comes in, register it under Disputes with Ctrl+N.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/attention_panel.py" line="37" />
      <source>双击或按 Enter 打开案件</source>
      <translation>Double-click or press Enter to open the case</translation>
    </message>
  </context>
  <context>
    <name>AutomaticBackups</name>
    <message>
      <location filename="../../ui/backup/automatic.py" line="77" />
      <source>自动备份没有完成</source>
      <translation>Automatic backup did not complete</translation>
    </message>
    <message>
      <location filename="../../ui/backup/automatic.py" line="78" />
      <source>今天的自动备份没有完成，数据本身没有受影响。
{reason}</source>
      <translation>Today's automatic backup did not complete; the data itself is not affected.
{reason}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/automatic.py" line="84" />
      <source>已自动备份：{path}</source>
      <translation>Backed up automatically: {path}</translation>
    </message>
  </context>
  <context>
    <name>BackupPanel</name>
    <message>
      <location filename="../../ui/backup/panel.py" line="62" />
      <source>立即备份</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="63" />
      <source>从所选备份恢复…</source>
      <translation>Restore the selected backup…</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="65" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="73" />
      <source>备份时间</source>
      <translation>Taken at</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="73" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="73" />
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="74" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="88" />
      <source>每次启动（距上次备份超过一天时）、退出程序和升级数据结构之前会自动备份；旧的自动备份按“常规”中的保留份数轮换，手动备份和升级前、恢复前的备份不会自动删除。</source>
      <translation>Backups are made automatically at start (when the last is over a day old), on exit and before a schema upgrade; old automatic backups are rotated by the numbers under General. Manual backups and those taken before an upgrade or a restore are never deleted automatically.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="97" />
      <source>只有管理员可以从备份恢复。</source>
      <translation>Only an administrator can restore from a backup.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="109" />
      <source>数据库在 PostgreSQL 服务器上：备份由服务器负责，请在服务器上用 pg_dump 定期备份。</source>
      <translation>The database is on a PostgreSQL server: backups are the server's job. Run pg_dump there regularly.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="113" />
      <source>备份文件夹：{folder}</source>
      <translation>Backup folder: {folder}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="131" />
      <source>无法读取</source>
      <translation>Cannot be read</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="133" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="137" />
      <source>{n} 天</source>
      <translation>{n} days</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="139" />
      <source>{n} 小时</source>
      <translation>{n} hours</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="141" />
      <source>{n} 分钟</source>
      <translation>{n} minutes</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="142" />
      <source>不到 1 分钟</source>
      <translation>under a minute</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="146" />
      <source>还没有任何备份。</source>
      <translation>There is no backup yet.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="148" />
      <source>最近一次备份：{time}（{age}前）</source>
      <translation>Last backup: {time} ({age} ago)</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="152" />
      <source> 已超过两天没有备份，请检查备份盘是否连接。</source>
      <translation>. No backup for more than two days: check that the backup disk is connected.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="162" />
      <source>正在备份…</source>
      <translation>Backing up…</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="163" />
      <source>正在备份</source>
      <translation>Backing up</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="170" />
      <source>已备份并检查：{path}</source>
      <translation>Backed up and checked: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="174" />
      <source>备份没有完成。</source>
      <translation>The backup did not complete.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="182" />
      <source>请先在列表中选择一份备份。</source>
      <translation>Select a backup in the list first.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="192" />
      <source>正在恢复…</source>
      <translation>Restoring…</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="194" />
      <source>正在从备份恢复</source>
      <translation>Restoring from the backup</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="200" />
      <source>正在保留当前数据库并写回所选备份，请勿关闭程序…</source>
      <translation>Keeping the current database and writing the chosen backup back; please do not close the program…</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="206" />
      <source>已恢复。</source>
      <translation>Restored.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="207" />
      <source>已恢复</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="208" />
      <source>已从 {time} 的备份恢复。
原来的数据库已另存为：{aside}
请重新登录。</source>
      <translation>Restored from the backup of {time}.
The previous database was kept as: {aside}
Please log in again.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/panel.py" line="214" />
      <source>恢复没有完成。</source>
      <translation>The restore did not finish.</translation>
    </message>
  </context>
  <context>
    <name>BundleCenterDialog</name>
    <message>
      <location filename="../../ui/reports/bundles.py" line="171" />
      <source>汇总各所数据包</source>
      <translation>Stations' bundles</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="175" />
      <source>导入数据包…</source>
      <translation>Import bundle…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="180" />
      <source>显示已处理的冲突</source>
      <translation>Show decided conflicts</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="185" />
      <source>选择各派出所送来的 .pajt 数据包并输入约定的密码。每份数据包带来该所上次导出后的全部变更；重复导入不会重复，缺了哪一段会说明。</source>
      <translation>Choose the .pajt bundles the stations sent and enter the agreed password. Each bundle brings every change since the station's last export; importing one twice changes nothing, and a missing part is named.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="190" />
      <source>双方都修改过的记录（冲突）：双击查看并处理</source>
      <translation>Records edited on both sides (conflicts): double-click to decide</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="192" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="192" />
      <source>数据</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="192" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="192" />
      <source>发现时间</source>
      <translation>Found</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="193" />
      <source>处理结果</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="232" />
      <source>已处理：{what}</source>
      <translation>Decided: {what}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="236" />
      <source>选择数据包</source>
      <translation>Choose a bundle</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="237" />
      <source>平安台账数据包 (*.pajt);;所有文件 (*)</source>
      <translation>Station Ledger bundles (*.pajt);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="243" />
      <source>与派出所约定的数据包密码（该所还没有与县局互认密钥）：</source>
      <translation>The bundle password agreed with the station (it has not exchanged keys with the county yet):</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="244" />
      <source>数据包密码</source>
      <translation>Bundle password</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="252" />
      <source>正在导入 {name}…</source>
      <translation>Importing {name}…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="253" />
      <source>导入数据包</source>
      <translation>Import bundle</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="266" />
      <source>{station}：这份数据包的内容（至第 {number} 号变更）县局已经有了，没有任何改动。</source>
      <translation>{station}: the county already has everything in this bundle (up to change {number}); nothing changed.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="269" />
      <source>{station}：导入完成，新增 {inserted}，更新 {updated}，删除 {deleted}，未变 {unchanged}（已收到第 {number} 号变更为止）。</source>
      <translation>{station}: imported — {inserted} added, {updated} updated, {deleted} deleted, {unchanged} unchanged (changes received up to {number}).</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="284" />
      <source>以该所现有数据为准导入？</source>
      <translation>Import, taking the station's current data as it is?</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="284" />
      <source>该所的审计记录被改动过</source>
      <translation>The station's audit history was changed</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="290" />
      <source>以该所现有数据为准导入</source>
      <translation>Import with the station's current data</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="291" />
      <source>已核实，仍然导入并记录在案</source>
      <translation>Checked: import anyway and keep a record</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="292" />
      <source>暂不导入</source>
      <translation>Not now</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="302" />
      <source>导入没有完成，数据库没有改动。</source>
      <translation>The import did not finish; the database is unchanged.</translation>
    </message>
  </context>
  <context>
    <name>CalendarDialog</name>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="40" />
      <source>节假日日历（计算工作日期限）</source>
      <translation>Holiday calendar (for working-day deadlines)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="44" />
      <source>年份</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="59" />
      <location filename="../../ui/hotline/calendar_dialog.py" line="92" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="59" />
      <source>星期</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="59" />
      <source>安排</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="60" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="60" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="80" />
      <source>名称，如 春节</source>
      <translation>Name, e.g. Spring Festival</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="81" />
      <source>添加/修改</source>
      <translation>Add/change</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="85" />
      <source>删除所选</source>
      <translation>Remove selected</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="96" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="112" />
      <source>{y} 年的节假日尚未录入：工作日期限只按周末计算。请按国务院通知添加。</source>
      <translation>No holidays entered for {y}: working-day deadlines count weekends only. Add them from the State Council notice.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="114" />
      <source>{y} 年为预估数据。</source>
      <translation>{y} is provisional. </translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="116" />
      <source>{y} 年依据：</source>
      <translation>{y} follows: </translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="122" />
      <source>随程序提供</source>
      <translation>Shipped</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="122" />
      <source>手工添加</source>
      <translation>Added by hand</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/calendar_dialog.py" line="124" />
      <source>（待核实）</source>
      <translation> (to verify)</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="224" />
      <source>开立矛盾纠纷</source>
      <translation>Open a dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="227" />
      <source>纠纷类别*</source>
      <translation>Dispute category*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="228" />
      <source>当事人（甲方）*</source>
      <translation>Party (A)*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="231" />
      <source>对方当事人</source>
      <translation>Other party</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="232" />
      <source>知道姓名时填写，可以以后在案件中补充</source>
      <translation>If known; it can be added to the case later</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="233" />
      <source>案件来源记为“12345转办”，案件概要中写明工单编号。</source>
      <translation>The case's source is recorded as 12345 referral, and its summary names the order number.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="234" />
      <source>开立</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="72" />
      <source>修改返赃案件</source>
      <translation>Edit restitution case</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="72" />
      <source>新建返赃案件</source>
      <translation>New restitution case</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="77" />
      <source>如：电信网络诈骗</source>
      <translation>e.g. telecom fraud</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="78" />
      <source>如：网上以“卖车收取定金”为名诱骗付款后消失</source>
      <translation>e.g. took "car deposits" online and vanished</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="79" />
      <source>多人用顿号分隔，如：包某、李某</source>
      <translation>Several names separated by 、 or commas</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="80" />
      <source>刑事案件编号（可不填）</source>
      <translation>Criminal case number (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="81" />
      <source>案发经过、侦破和追赃情况</source>
      <translation>What happened, how it was solved, what was recovered</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="82" />
      <source>案件类别*</source>
      <translation>Case type*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="83" />
      <source>简要案情*</source>
      <translation>Summary*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="84" />
      <source>犯罪嫌疑人</source>
      <translation>Suspects</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="85" />
      <source>关联案件编号</source>
      <translation>Criminal case number</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="86" />
      <source>案情描述</source>
      <translation>Description</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="13" />
      <source>案件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="14" />
      <source>反映时间</source>
      <translation>Reported at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="15" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="16" />
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="17" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="18" />
      <source>风险</source>
      <translation>Risk</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="19" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="20" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_list.py" line="21" />
      <source>概要</source>
      <translation>Summary</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="85" />
      <location filename="../../ui/mediation/case_tabs.py" line="105" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="85" />
      <source>经办人</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="85" />
      <source>事项</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="86" />
      <location filename="../../ui/mediation/case_tabs.py" line="90" />
      <source>说明</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="87" />
      <location filename="../../ui/mediation/case_tabs.py" line="152" />
      <source>时间线</source>
      <translation>Timeline</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="89" />
      <source>评估时间</source>
      <translation>Assessed at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="89" />
      <source>等级</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="89" />
      <source>风险因素</source>
      <translation>Risk factors</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="90" />
      <source>评估人</source>
      <translation>Assessor</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="91" />
      <source>通报对象</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="91" />
      <source>通报时间</source>
      <translation>Sent at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="91" />
      <source>发出人</source>
      <translation>Sent by</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="92" />
      <source>签收</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="92" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="93" />
      <source>打印通报…</source>
      <translation>Print warning…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="94" />
      <source>登记签收…</source>
      <translation>Record acknowledgement…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="98" />
      <location filename="../../ui/mediation/case_tabs.py" line="152" />
      <source>风险与预警</source>
      <translation>Risk and warnings</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="100" />
      <source>工作措施</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="100" />
      <source>责任人</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="100" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="100" />
      <source>完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="102" />
      <source>标记完成</source>
      <translation>Mark done</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="103" />
      <location filename="../../ui/mediation/case_tabs.py" line="152" />
      <source>一事一策</source>
      <translation>Case plan</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="105" />
      <source>次</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="105" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="105" />
      <source>调解人</source>
      <translation>Mediators</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="106" />
      <source>记录人</source>
      <translation>Note-taker</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="106" />
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="107" />
      <source>打印调解笔录…</source>
      <translation>Print mediation record…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="108" />
      <location filename="../../ui/mediation/case_tabs.py" line="152" />
      <source>调解</source>
      <translation>Mediation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="112" />
      <source>编辑协议…</source>
      <translation>Edit agreement…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="113" />
      <source>预览/打印协议…</source>
      <translation>Preview/print agreement…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="115" />
      <location filename="../../ui/mediation/case_tabs.py" line="153" />
      <source>协议</source>
      <translation>Agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="117" />
      <source>应回访</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="117" />
      <source>回访时间</source>
      <translation>Visited at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="117" />
      <source>回访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="118" />
      <source>履行</source>
      <translation>Performed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="118" />
      <source>满意度</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="118" />
      <source>剩余风险</source>
      <translation>Remaining risk</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="119" />
      <source>措施</source>
      <translation>Measures</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="120" />
      <location filename="../../ui/mediation/case_tabs.py" line="153" />
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="122" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="122" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="122" />
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="123" />
      <source>添加人</source>
      <translation>Added by</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="124" />
      <source>添加附件…</source>
      <translation>Add attachments…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="125" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="126" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="128" />
      <location filename="../../ui/mediation/case_tabs.py" line="153" />
      <source>附件</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="177" />
      <source>{happened}（{entered} 录入）</source>
      <translation>{happened} (entered {entered})</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="184" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="189" />
      <source>未签收</source>
      <translation>Not acknowledged</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="196" />
      <source>未完成</source>
      <translation>Not done</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="207" />
      <source>已履行</source>
      <translation>Performed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="207" />
      <source>未履行</source>
      <translation>Not performed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="225" />
      <source>尚未起草调解协议。调解后点“调解协议…”起草。</source>
      <translation>No agreement drafted yet. After mediating, use “Agreement…” to draft one.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="233" />
      <source>未填</source>
      <translation>missing</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="235" />
      <source>已于 {date} 签订</source>
      <translation>Signed on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="237" />
      <source>已打印，待签订</source>
      <translation>Printed, waiting for signatures</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="239" />
      <source>打印后又修改过，须重新打印</source>
      <translation>Changed after printing: print it again</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="241" />
      <source>草稿，尚未打印</source>
      <translation>Draft, not printed yet</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="243" />
      <source>种类</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="244" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="245" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="246" />
      <source>纠纷事实</source>
      <translation>Facts</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="247" />
      <source>责任认定</source>
      <translation>Responsibility</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="248" />
      <source>协议条款</source>
      <translation>Terms</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="249" />
      <source>履行方式</source>
      <translation>Method of performance</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="250" />
      <source>履行地点</source>
      <translation>Place of performance</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="251" />
      <source>履行期限</source>
      <translation>Deadline of performance</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="252" />
      <source>协议日期</source>
      <translation>Agreement date</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_tabs.py" line="253" />
      <source>校验码</source>
      <translation>Verification code</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="69" />
      <source>← 返回列表</source>
      <translation>← Back to the list</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="75" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="84" />
      <source>显示完整电话</source>
      <translation>Show full phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="86" />
      <source>查看反映人的完整电话（需说明原因，记入审计）</source>
      <translation>See the reporter's full phone number (asks why; audited)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="102" />
      <source>称谓</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="102" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="102" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="102" />
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="102" />
      <source>年龄</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="103" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="103" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="103" />
      <source>职业</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="103" />
      <source>监护人/代理人</source>
      <translation>Guardian/representative</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="122" />
      <source>办理</source>
      <translation>Actions</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="135" />
      <source>添加附件…</source>
      <translation>Add attachments…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="161" />
      <source>风险：{level}</source>
      <translation>Risk: {level}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="173" />
      <source>类别：</source>
      <translation>Category: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="173" />
      <source>来源：</source>
      <translation>Source: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="174" />
      <source>反映时间：</source>
      <translation>Reported: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="175" />
      <source>地点：</source>
      <translation>Place: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="176" />
      <source>反映人：</source>
      <translation>Reported by: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="176" />
      <source>登记人：</source>
      <translation>Registered by: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="177" />
      <source>概要：</source>
      <translation>Summary: </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="186" />
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="200" />
      <source>监护人 </source>
      <translation>Guardian </translation>
    </message>
    <message>
      <location filename="../../ui/mediation/case_view.py" line="202" />
      <source>代理人 </source>
      <translation>Representative </translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="162" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="166" />
      <source>管理员重置了您的密码，请设置一个只有您知道的新密码。</source>
      <translation>An administrator reset your password. Please choose a new one only you know.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="174" />
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="175" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="176" />
      <source>再输一次</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="189" />
      <source>两次输入的新密码不一致。</source>
      <translation>The two new passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../ui/reports/bundles.py" line="81" />
      <source>处理冲突：{what}</source>
      <translation>Conflict: {what}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="84" />
      <source>{station}的{what}（版本：本库 {local}，数据包 {incoming}）：{reason}。请核实后选择保留哪一份，或勾选要采用数据包中哪些栏目；另一份仍留在冲突记录里备查。</source>
      <translation>{what} of {station} (version here {local}, in the bundle {incoming}): {reason}. Check, then choose which copy to keep, or tick the fields to take from the bundle; the other stays in the conflict record.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="91" />
      <source>栏目</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="91" />
      <source>本库的记录</source>
      <translation>This database</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="91" />
      <source>数据包中的记录</source>
      <translation>In the bundle</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="92" />
      <source>采用数据包的</source>
      <translation>Take the bundle's</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="105" />
      <source>保留本库的记录</source>
      <translation>Keep this database's copy</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="107" />
      <source>采用数据包中的记录</source>
      <translation>Take the bundle's copy</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="110" />
      <source>只采用勾选的栏目</source>
      <translation>Take only the ticked fields</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="112" />
      <source>勾选的栏目用数据包中的值，其余保留本库的值</source>
      <translation>The ticked fields take the bundle's values; the others keep this database's</translation>
    </message>
    <message>
      <location filename="../../ui/reports/bundles.py" line="123" />
      <source>已处理过，或当前账户无权处理冲突。</source>
      <translation>Already decided, or this account may not decide conflicts.</translation>
    </message>
  </context>
  <context>
    <name>DamagedDatabaseDialog</name>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="23" />
      <source>平安台账 — 数据库已损坏</source>
      <translation>Station Ledger — the database is damaged</translation>
    </message>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="26" />
      <source>数据库文件已损坏，程序没有打开它，也没有做任何改动。</source>
      <translation>The database file is damaged. The program did not open it and changed nothing.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="30" />
      <source>文件：{path}
SQLite 检查结果：{problem}</source>
      <translation>File: {path}
SQLite check: {problem}</translation>
    </message>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="38" />
      <source>可以从最新的完好备份（{time}）恢复：{backup}
损坏的文件会原样保留（改名为 {name}.damaged-时间），不会被删除，可交给维护人员查看。备份之后录入的内容需要重新录入。</source>
      <translation>You can restore the newest good backup ({time}): {backup}
The damaged file is kept as it is (renamed to {name}.damaged-time), never deleted, for the maintainer to look at. Anything entered after the backup must be entered again.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="45" />
      <source>从最新的完好备份恢复（{time}）</source>
      <translation>Restore the newest good backup ({time})</translation>
    </message>
    <message>
      <location filename="../../ui/backup/damaged_dialog.py" line="46" />
      <source>退出，不做改动</source>
      <translation>Quit without changes</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../ui/pages/dashboard.py" line="21" />
      <source>工作台 — {station}</source>
      <translation>Today — {station}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard.py" line="24" />
      <source>{name}，您好。</source>
      <translation>Hello, {name}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard.py" line="26" />
      <source>矛盾纠纷：高风险、逾期措施、待回访</source>
      <translation>Disputes: high risk, overdue measures, follow-ups due</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard.py" line="32" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../ui/pages/dashboard.py" line="39" />
      <source>12345工单期限、未结束的巡逻</source>
      <translation>Hotline deadlines, patrols not ended</translation>
    </message>
  </context>
  <context>
    <name>DispatchDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="132" />
      <source>转派工单</source>
      <translation>Dispatch order</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="133" />
      <source>科室或部门，可输入拼音首字母</source>
      <translation>Office or department; pinyin initials work</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="137" />
      <source>承办科室/部门*</source>
      <translation>Office/department*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="138" />
      <source>转派说明</source>
      <translation>Note for them</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="139" />
      <source>转派时间</source>
      <translation>Dispatched at</translation>
    </message>
  </context>
  <context>
    <name>DisputesPage</name>
    <message>
      <location filename="../../ui/mediation/page.py" line="46" />
      <source>登记纠纷</source>
      <translation>Register dispute</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/page.py" line="50" />
      <source>全部状态</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/page.py" line="53" />
      <source>还没有登记矛盾纠纷。接到电话、来访或网格员上报时，按 Ctrl+N（登记纠纷）登记第一件。</source>
      <translation>No disputes registered yet. When a call, a visitor or a grid worker reports one, press Ctrl+N (Register dispute) to register the first.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/page.py" line="54" />
      <source>还没有登记矛盾纠纷。</source>
      <translation>No disputes registered yet.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/page.py" line="57" />
      <source>查找：案件编号、当事人姓名或概要中的文字（Ctrl+F）</source>
      <translation>Search: case number, party name or text of the summary (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/page.py" line="58" />
      <source>共 {n} 件</source>
      <translation>{n} cases</translation>
    </message>
  </context>
  <context>
    <name>EncryptDatabaseDialog</name>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="96" />
      <source>平安台账 — 加密数据库</source>
      <translation>Station Ledger — Encrypt the database</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="97" />
      <source>本所数据库还没有加密：电脑或备份盘丢失时，居民的身份证号、电话和调解内容都能被直接读出。
加密前会先做一份检查过的备份；加密后每个账户用自己的密码打开数据库，并生成一份恢复密钥单放入保险柜。数据越多用时越长（十万居民约一分钟）。</source>
      <translation>This station's database is not encrypted: if the PC or a backup stick is lost, residents' ID numbers, phones and what was said in mediation can be read directly.
A checked backup is made first; afterwards every account opens the database with its own password, and a recovery key sheet is printed for the safe. The more data, the longer it takes (about a minute for 100,000 residents).</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="103" />
      <source>您的密码</source>
      <translation>Your password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="106" />
      <source>现在加密</source>
      <translation>Encrypt now</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="107" />
      <source>以后再说</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="121" />
      <source>正在备份并加密数据库…</source>
      <translation>Backing up and encrypting the database…</translation>
    </message>
  </context>
  <context>
    <name>EndPatrolDialog</name>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="22" />
      <location filename="../../ui/patrols/end_dialog.py" line="23" />
      <source>结束巡逻</source>
      <translation>End patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="28" />
      <source>{team} {kind}巡逻，{start} 开始，带队 {leader}，共 {n} 人</source>
      <translation>{team}, {kind} patrol started {start}, led by {leader}, {n} people</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="37" />
      <source>结束时间*</source>
      <translation>Ended at*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="38" />
      <source>公里，如 12.5</source>
      <translation>km, e.g. 12.5</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="39" />
      <source>里程</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="42" />
      <source>如：雪、大风</source>
      <translation>e.g. snow, strong wind</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="43" />
      <source>天气</source>
      <translation>Weather</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="46" />
      <source>气温</source>
      <translation>Temperature</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="47" />
      <source>巡逻情况（Ctrl+Enter 保存）</source>
      <translation>How it went (Ctrl+Enter saves)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/end_dialog.py" line="49" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>EnrolmentPanel</name>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="58" />
      <source>本库的密钥</source>
      <translation>This database's keys</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="68" />
      <source>登记时请与对方电话核对这组数字；数字一致，才能确认对方拿到的是本库的密钥。</source>
      <translation>When enrolling, read these digits to the other side by phone: only if they match does the other side have this database's key.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="72" />
      <source>导出本库登记文件到U盘…</source>
      <translation>Export this database's enrolment file to a USB stick…</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="74" />
      <source>导入对方的登记文件…</source>
      <translation>Import the other side's enrolment file…</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="76" />
      <source>重新生成本库密钥…</source>
      <translation>Make new keys for this database…</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="83" />
      <source>已登记的单位</source>
      <translation>Enrolled units</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="86" />
      <source>单位代码</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="86" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="86" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="87" />
      <source>密钥指纹</source>
      <translation>Key fingerprint</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="87" />
      <source>登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="87" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="95" />
      <source>注销所选单位的登记…</source>
      <translation>Revoke the selected enrolment…</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="114" />
      <source>（还没有密钥）</source>
      <translation>(no keys yet)</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="116" />
      <source>本机没有本库私钥文件：不能导出签名的数据包。请从备份恢复，或重新生成密钥后重新登记。</source>
      <translation>This PC has no private key file for this database: signed bundles cannot be exported. Restore it from a backup, or make new keys and enrol again.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="121" />
      <source>已注销（{when} {who}）</source>
      <translation>Revoked ({when} {who})</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="122" />
      <source>有效</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="123" />
      <source>县局</source>
      <translation>County bureau</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="123" />
      <source>派出所</source>
      <translation>Police station</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="135" />
      <source>选择U盘或文件夹</source>
      <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="142" />
      <source>已写入 {name}。请把它交给对方，并电话核对本库指纹：{digits}</source>
      <translation>{name} written. Give it to the other side and compare this database's fingerprint by phone: {digits}</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="148" />
      <source>选择对方的登记文件</source>
      <translation>Choose the other side's enrolment file</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="149" />
      <source>平安台账登记文件 (*.pajk);;所有文件 (*)</source>
      <translation>Station Ledger enrolment files (*.pajk);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="158" />
      <source>无法读取 {name}：{reason}</source>
      <translation>Cannot read {name}: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="164" />
      <source>{name}（{code}）的密钥指纹：

{digits}

请打电话与对方核对这组数字。完全一致才能登记；不一致说明文件不是对方的，请不要登记。</source>
      <translation>Key fingerprint of {name} ({code}):

{digits}

Phone the other side and compare these digits. Enrol only if they match exactly; if not, the file is not theirs: do not enrol.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="168" />
      <source>核对指纹</source>
      <translation>Compare fingerprints</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="171" />
      <source>指纹一致，登记</source>
      <translation>They match: enrol</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="172" />
      <source>不一致，不登记</source>
      <translation>They differ: do not enrol</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="185" />
      <source>替换原登记？</source>
      <translation>Replace the enrolment?</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="188" />
      <source>替换（原密钥作废）</source>
      <translation>Replace (the old key is revoked)</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="189" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="202" />
      <source>已登记：{name}（{code}）。</source>
      <translation>Enrolled: {name} ({code}).</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="209" />
      <source>重新生成本库密钥</source>
      <translation>Make new keys</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="210" />
      <source>只在本库私钥丢失时才需要。重新生成后，原登记作废：须把新的登记文件送交对方重新登记。继续吗？</source>
      <translation>Only needed when this database's private key was lost. Afterwards the old enrolment is void: the new enrolment file must be given to the other side to enrol again. Continue?</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="217" />
      <source>已生成新密钥，指纹：{digits}。请导出登记文件送交对方重新登记。</source>
      <translation>New keys made, fingerprint {digits}. Export the enrolment file and have the other side enrol again.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="223" />
      <source>请先选择一个有效的登记。</source>
      <translation>Select a valid enrolment first.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="226" />
      <source>注销登记</source>
      <translation>Revoke enrolment</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="227" />
      <source>注销 {name}（{code}）的登记后，它签名的数据包不再导入。继续吗？</source>
      <translation>After revoking {name} ({code}), bundles it signs are no longer imported. Continue?</translation>
    </message>
    <message>
      <location filename="../../ui/settings/enrolment_panel.py" line="235" />
      <source>已注销 {code} 的登记。</source>
      <translation>Enrolment of {code} revoked.</translation>
    </message>
  </context>
  <context>
    <name>EventDetailPane</name>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="102" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="102" />
      <source>主题</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="102" />
      <source>受众</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="103" />
      <source>负责民警</source>
      <translation>Officer in charge</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="103" />
      <source>联合单位</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="104" />
      <source>活动内容</source>
      <translation>What was done</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="104" />
      <source>录入人</source>
      <translation>Entered by</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="113" />
      <source>现场照片（Enter 打开）</source>
      <translation>Photos (Enter opens)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="123" />
      <source>添加照片…</source>
      <translation>Add photos…</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="138" />
      <source>（未选择宣传活动）</source>
      <translation>(no event selected)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="146" />
      <source>{n} 人</source>
      <translation>{n} people</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="41" />
      <source>选择现场照片</source>
      <translation>Choose photos</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="42" />
      <source>照片</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="51" />
      <source>记录普法宣传</source>
      <translation>Record event</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="59" />
      <source>日期*</source>
      <translation>Date*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="62" />
      <source>具体地点，如：嘎查委员会院内、镇中学操场</source>
      <translation>Exact place, e.g. village committee yard, school sports ground</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="61" />
      <source>地点*</source>
      <translation>Place*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="63" />
      <source>具体地点</source>
      <translation>Exact place</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="67" />
      <source> 人</source>
      <translation> people</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="68" />
      <source>受众人数</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="70" />
      <source>负责民警</source>
      <translation>Officer in charge</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="71" />
      <source>如：司法所、学校、嘎查委员会</source>
      <translation>e.g. justice office, school, village committee</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="72" />
      <source>联合单位</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="73" />
      <source>宣传内容和形式，如：讲解典型案例、发放资料、现场答疑</source>
      <translation>Content and form, e.g. case talks, leaflets, questions answered</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="75" />
      <source>活动内容</source>
      <translation>What was done</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="80" />
      <source>Delete 键移除选中的照片</source>
      <translation>Delete removes the selected photo</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="81" />
      <source>添加照片…</source>
      <translation>Add photos…</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="89" />
      <source>现场照片</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="93" />
      <source>宣传主题*（空格键勾选）</source>
      <translation>Topics* (Space ticks)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="105" />
      <source>其他主题，用顿号分隔</source>
      <translation>Other topics, separated by 、</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="113" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_dialog.py" line="113" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="56" />
      <source>集中返赃 — {number}</source>
      <translation>Joint return — {number}</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="71" />
      <source>如：派出所一楼会议室</source>
      <translation>e.g. station meeting room</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="73" />
      <source>返还日期*</source>
      <translation>Date*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="74" />
      <source>返还地点*</source>
      <translation>Place*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="75" />
      <source>发还人*</source>
      <translation>Handed over by*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="80" />
      <source>按损失比例分配</source>
      <translation>In proportion to the losses</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="81" />
      <source>按余额依次足额</source>
      <translation>Each balance in full, in order</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="83" />
      <source>按比例：可返还的钱按各人尚欠金额的比例分，算到分，舍去的零头按尾数大小每人补 1 分，合计正好等于可返还金额。按余额：按登记顺序逐人返还全部尚欠，钱不够时后面的人少分或不分。</source>
      <translation>In proportion: the money available is shared by what each victim is still owed, to the fen; the fen left over by rounding go one each to the largest remainders, so the total is exactly what is available. Balance: each victim in the order registered gets all they are owed until the money runs out.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="86" />
      <source>分配方式</source>
      <translation>Sharing</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="97" />
      <location filename="../../ui/restitution/event_dialog.py" line="138" />
      <source>预览/打印签收单(&amp;P)</source>
      <translation>&amp;Preview/print receipt sheet</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="100" />
      <source>标记已返还(&amp;M)</source>
      <translation>&amp;Mark returned</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="103" />
      <source>取消这次返还…</source>
      <translation>Cancel this return…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="105" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="137" />
      <source>重新打印签收单(&amp;P)</source>
      <translation>&amp;Print receipt sheet again</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="145" />
      <source>（金额有误：第 {row} 行 {name}）</source>
      <translation>(amount not readable: row {row}, {name})</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="148" />
      <source>勾选本次返还的被害人，金额默认为其尚欠金额（不超过本案现可返还的金额），可修改。</source>
      <translation>Tick the victims paid at this event. Each amount starts at what the victim is still owed (within what the case has available); change it if needed.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="149" />
      <source>本次 {n} 人，合计 {total} 元；本案现可返还 {available} 元</source>
      <translation>{n} victims, {total} yuan in all; {available} yuan available on this case</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="153" />
      <source>这次集中返赃已标记返还，可重新打印签收单存档。</source>
      <translation>This joint return is marked returned; the receipt sheet can be printed again for the file.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="154" />
      <source>这次集中返赃已取消。</source>
      <translation>This joint return was cancelled.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="155" />
      <source>{n} 人，合计 {total} 元</source>
      <translation>{n} victims, {total} yuan in all</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="158" />
      <source>被害人在签收单上签名并按手印后，取消勾选未到场的人，再点“标记已返还”。</source>
      <translation>Once the victims have signed the sheet and pressed a fingerprint, untick anyone who did not come, then click "Mark returned".</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="159" />
      <source>已签收 {n} 人，合计 {total} 元</source>
      <translation>{n} signed, {total} yuan in all</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="213" />
      <source>返还赃款签收单</source>
      <translation>Receipt sheet for returned money</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="224" />
      <source>确认 {n} 位被害人已在签收单上签名并按手印，共领取 {total} 元？</source>
      <translation>Confirm that {n} victims signed the sheet, pressed a fingerprint and received {total} yuan in all?</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="226" />
      <source>标记已返还</source>
      <translation>Mark returned</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="241" />
      <source>取消这次返还</source>
      <translation>Cancel this return</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_dialog.py" line="242" />
      <source>取消原因（列入的金额将退回可返还余额）：</source>
      <translation>Why (the amounts listed become available again):</translation>
    </message>
  </context>
  <context>
    <name>EventTable</name>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="83" />
      <source>已签收</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="83" />
      <source>列入</source>
      <translation>Include</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="83" />
      <source>被害人</source>
      <translation>Victims</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="83" />
      <source>所在地</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="84" />
      <source>被骗（元）</source>
      <translation>Lost (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="84" />
      <source>已返还（元）</source>
      <translation>Returned (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="84" />
      <source>尚欠（元）</source>
      <translation>Still owed (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/event_table.py" line="84" />
      <source>本次返还（元）</source>
      <translation>Returned now (yuan)</translation>
    </message>
  </context>
  <context>
    <name>EventsTab</name>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="38" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="39" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="40" />
      <source>主题</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="41" />
      <source>受众</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="42" />
      <source>民警</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="43" />
      <source>照片</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="85" />
      <source>正在保存照片…</source>
      <translation>Saving photos…</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="163" />
      <source>还没有普法宣传记录。办完宣传活动后，按 Ctrl+N 记录并添加现场照片。</source>
      <translation>No legal-awareness events yet. After an event, press Ctrl+N to record it and add its photos.</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="164" />
      <source>还没有普法宣传记录。</source>
      <translation>No legal-awareness events yet.</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="167" />
      <source>查找：地点、主题、内容、民警（Ctrl+F）</source>
      <translation>Find: place, topic, content, officer (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/event_tab.py" line="166" />
      <source>记录普法宣传</source>
      <translation>Record event</translation>
    </message>
  </context>
  <context>
    <name>ExceptionDialog</name>
    <message>
      <location filename="../../ui/common/errors.py" line="53" />
      <source>程序出错</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="../../ui/common/errors.py" line="57" />
      <source>程序遇到了意外错误，刚才的操作没有完成（已保存的数据不受影响）。
请把下面的详细信息复制给维护人员。日志文件：{log}</source>
      <translation>The program hit an unexpected error; the last action was not completed (saved data is not affected).
Please copy the details below for the maintainer. Log file: {log}</translation>
    </message>
    <message>
      <location filename="../../ui/common/errors.py" line="69" />
      <source>复制详细信息</source>
      <translation>Copy details</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="38" />
      <source>导出居民名单到Excel</source>
      <translation>Export residents to Excel</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="41" />
      <source>导出范围</source>
      <translation>What to export</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="42" />
      <source>全部居民</source>
      <translation>All residents</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="43" />
      <source>所选区域：{area}</source>
      <translation>Selected area: {area}</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="44" />
      <source>（未选区域）</source>
      <translation>(no area selected)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="45" />
      <source>当前查找结果（{n} 人）</source>
      <translation>Current search result ({n} people)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="54" />
      <source>导出完整身份证号和电话（将记录审计）</source>
      <translation>Export full ID and phone numbers (audited)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="59" />
      <source>当前账户无权导出未遮蔽的个人信息</source>
      <translation>This account may not export unmasked personal data</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="61" />
      <source>默认遮蔽：身份证号只留前6位和后4位，手机号只留前3位和后4位。</source>
      <translation>Masked by default: ID numbers keep the first 6 and last 4 characters, mobiles the first 3 and last 4 digits.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="69" />
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="72" />
      <source>保存到</source>
      <translation>Save to</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="82" />
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="83" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="90" />
      <source>居民名单</source>
      <translation>residents</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="93" />
      <source>导出到</source>
      <translation>Export to</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="94" />
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="110" />
      <source>请选择保存位置。</source>
      <translation>Please choose where to save.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="115" />
      <source>文件已存在</source>
      <translation>File exists</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="113" />
      <source>“{name}”已存在，要替换它吗？</source>
      <translation>“{name}” exists. Replace it?</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="125" />
      <source>正在导出…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="126" />
      <source>正在导出居民名单…</source>
      <translation>Exporting the residents…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/export_dialog.py" line="132" />
      <source>已导出 {n} 人到 {path}</source>
      <translation>Exported {n} people to {path}</translation>
    </message>
  </context>
  <context>
    <name>FailureDialog</name>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="41" />
      <source>调解不成</source>
      <translation>Mediation failed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="44" />
      <source>去向*</source>
      <translation>Referred to*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="45" />
      <source>原因*</source>
      <translation>Reason*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="46" />
      <source>如：双方对赔偿数额分歧较大，经两次调解未能达成一致</source>
      <translation>e.g. the parties are far apart on compensation; two sessions brought no agreement</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="181" />
      <source>回访</source>
      <translation>Call back</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="184" />
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="184" />
      <source>（未登记）</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="187" />
      <source>（请选择）</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="190" />
      <source>满意度*</source>
      <translation>Satisfaction*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="191" />
      <source>回访情况</source>
      <translation>Call notes</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="191" />
      <source>不满意时须写明原因</source>
      <translation>Required when unsatisfied: the reason</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="194" />
      <source>不满意：保存后工单退回“办理中”，重新办理后再回访。</source>
      <translation>Unsatisfied: the order goes back to Handling, to be handled and called back again.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="201" />
      <source>回访时间</source>
      <translation>Called at</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../ui/common/fields.py" line="43" />
      <source>内容过长（最多 {limit} 个字）。</source>
      <translation>Too long (at most {limit} characters).</translation>
    </message>
  </context>
  <context>
    <name>FindingDialog</name>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="24" />
      <source>补充发现 — {date} {officer}</source>
      <translation>Add finding — {date} {officer}</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="35" />
      <source>类别*</source>
      <translation>Category*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="38" />
      <source>（不指定人）</source>
      <translation>(nobody in particular)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="42" />
      <source>涉及</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="43" />
      <source>发现的情况</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="45" />
      <source>发现的情况*</source>
      <translation>What was found*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="49" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/visits/finding_dialog.py" line="49" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>FindingsEditor</name>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="45" />
      <source>发现的情况，Enter 加入</source>
      <translation>What was found; Enter adds it</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="46" />
      <source>加入</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="54" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="54" />
      <source>涉及</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="54" />
      <source>情况</source>
      <translation>What was found</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="61" />
      <source>Delete 键移除选中的发现</source>
      <translation>Delete removes the selected finding</translation>
    </message>
    <message>
      <location filename="../../ui/visits/findings_editor.py" line="71" />
      <source>（不指定人）</source>
      <translation>(nobody in particular)</translation>
    </message>
  </context>
  <context>
    <name>FollowUpDialog</name>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="58" />
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="61" />
      <source>本次回访：原定 {date}</source>
      <translation>This follow-up was due on {date}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="63" />
      <source>回访时间*</source>
      <translation>Visited at*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="64" />
      <source>回访实际进行的时间（可补录以前的回访）</source>
      <translation>When the visit took place (an earlier visit may be entered later)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="66" />
      <location filename="../../ui/mediation/simple_dialogs.py" line="69" />
      <source>（请选择）</source>
      <translation>(choose)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="68" />
      <source>协议履行*</source>
      <translation>Agreement performed*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="70" />
      <source>满意度*</source>
      <translation>Satisfaction*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="71" />
      <source>当事人已起诉或准备起诉</source>
      <translation>A party has sued or intends to</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="72" />
      <source>诉讼</source>
      <translation>Lawsuit</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="73" />
      <source>（不变）</source>
      <translation>(unchanged)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="74" />
      <source>剩余风险</source>
      <translation>Remaining risk</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="75" />
      <source>后续措施</source>
      <translation>Further measures</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="76" />
      <source>回访人</source>
      <translation>Visitor</translation>
    </message>
  </context>
  <context>
    <name>FormButtons</name>
    <message>
      <location filename="../../ui/common/forms.py" line="229" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/common/forms.py" line="231" />
      <source>Ctrl+Enter 保存</source>
      <translation>Ctrl+Enter saves</translation>
    </message>
    <message>
      <location filename="../../ui/common/forms.py" line="233" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>GeneralSettings</name>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="42" />
      <source>数据目录</source>
      <translation>Data directory</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="43" />
      <source>数据库位置</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="44" />
      <source> 分钟</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="46" />
      <source>无操作自动锁定</source>
      <translation>Lock when idle for</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="51" />
      <source>本所默认界面语言</source>
      <translation>Station's default language</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="54" />
      <source>跟随本所默认</source>
      <translation>Station's default</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="59" />
      <source>立即切换</source>
      <translation>Switch now</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="60" />
      <source>只改变您自己的界面语言，其他用户不受影响</source>
      <translation>Changes your own language only; other users keep theirs</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="66" />
      <source>我的界面语言</source>
      <translation>My language</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="69" />
      <source>打印文书字体</source>
      <translation>Font for documents</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="74" />
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="82" />
      <source>备份文件夹</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="85" />
      <source>保留每日备份</source>
      <translation>Daily backups to keep</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="86" />
      <source>保留每周备份</source>
      <translation>Weekly backups to keep</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="87" />
      <source>保留每月备份</source>
      <translation>Monthly backups to keep</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="88" />
      <source> 份</source>
      <translation> copies</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="98" />
      <source>保存设置</source>
      <translation>Save settings</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="108" />
      <source>只有管理员或所长可以修改设置。</source>
      <translation>Only an administrator or the chief can change settings.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="116" />
      <source>（含生僻字）</source>
      <translation> (has rare characters)</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="120" />
      <source>（未找到中文字体）</source>
      <translation>(no Chinese font found)</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="128" />
      <source>提示：未找到含生僻字（如“𠮷”）的字体，这类字打印时会提示。Windows 自带 SimSun-ExtB；Linux 可安装 fonts-hanazono。</source>
      <translation>Note: no font with rare characters (such as “𠮷”) was found; you will be warned before printing them. Windows has SimSun-ExtB; on Linux install fonts-hanazono.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="131" />
      <source>已找到 {n} 种可嵌入 PDF 的中文字体。</source>
      <translation>{n} Chinese fonts that can be embedded in PDFs were found.</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="135" />
      <source>选择备份文件夹</source>
      <translation>Choose the backup folder</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="161" />
      <source>设置已保存。</source>
      <translation>Settings saved.</translation>
    </message>
  </context>
  <context>
    <name>GridRoleDialog</name>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="52" />
      <source>添加网格员/楼栋长/单元长 — {grid}</source>
      <translation>Add grid worker / building or unit head — {grid}</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="60" />
      <source>职务*</source>
      <translation>Role*</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="62" />
      <source>本网格或辖区居民</source>
      <translation>A resident</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="63" />
      <source>本所账户</source>
      <translation>A station account</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="74" />
      <source>人员来自</source>
      <translation>Person from</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="79" />
      <source>输入姓名、拼音或身份证后几位查找</source>
      <translation>Type a name, pinyin or the last digits of an ID</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="89" />
      <source>人员*</source>
      <translation>Person*</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="91" />
      <source>如：3号楼</source>
      <translation>e.g. Building 3</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="92" />
      <source>如：2单元</source>
      <translation>e.g. Unit 2</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="93" />
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="94" />
      <source>单元</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>GridRoles</name>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="35" />
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="36" />
      <source>楼栋长</source>
      <translation>Building head</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="37" />
      <source>单元长</source>
      <translation>Unit head</translation>
    </message>
  </context>
  <context>
    <name>GridRolesPanel</name>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="177" />
      <source>职务</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="177" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="177" />
      <source>楼栋/单元</source>
      <translation>Building/unit</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="187" />
      <source>添加…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="188" />
      <source>移除</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../ui/residents/grid_roles.py" line="209" />
      <source>{grid}：一员两长</source>
      <translation>{grid}: grid worker and heads</translation>
    </message>
  </context>
  <context>
    <name>Hotline</name>
    <message>
      <location filename="../../ui/hotline/labels.py" line="15" />
      <source>转派…</source>
      <translation>Dispatch…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="16" />
      <source>开始办理…</source>
      <translation>Start handling…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="17" />
      <source>办理记录…</source>
      <translation>Handling note…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="18" />
      <source>办结…</source>
      <translation>Complete…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="19" />
      <source>回访…</source>
      <translation>Call back…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="20" />
      <source>归档…</source>
      <translation>Archive…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="21" />
      <source>开立矛盾纠纷…</source>
      <translation>Open a dispute case…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="28" />
      <source>接收</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="29" />
      <source>转派</source>
      <translation>Dispatched</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="30" />
      <source>办理中</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="31" />
      <source>已办结</source>
      <translation>Completed</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="32" />
      <source>已回访</source>
      <translation>Called back</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="33" />
      <source>归档</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="34" />
      <source>登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="35" />
      <source>导入</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="36" />
      <source>平台更新</source>
      <translation>Platform update</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="37" />
      <source>开始办理</source>
      <translation>Start handling</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="38" />
      <source>办理记录</source>
      <translation>Handling note</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="39" />
      <source>办结</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="40" />
      <source>回访</source>
      <translation>Call back</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="41" />
      <source>退回重办</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="42" />
      <source>开立矛盾纠纷</source>
      <translation>Open a dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="43" />
      <source>放假</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="44" />
      <source>上班（调休）</source>
      <translation>Working day (make-up)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="45" />
      <source>周一</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="46" />
      <source>周二</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="47" />
      <source>周三</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="48" />
      <source>周四</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="49" />
      <source>周五</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="50" />
      <source>周六</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/labels.py" line="51" />
      <source>周日</source>
      <translation>Sun</translation>
    </message>
  </context>
  <context>
    <name>HotlinePage</name>
    <message>
      <location filename="../../ui/hotline/page.py" line="57" />
      <source>登记工单</source>
      <translation>New order</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="62" />
      <source>导入平台工单…</source>
      <translation>Import platform orders…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="64" />
      <source>导入12345平台导出的Excel工单表（Ctrl+I）</source>
      <translation>Import the Excel export of the 12345 platform (Ctrl+I)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="67" />
      <source>节假日日历…</source>
      <translation>Holiday calendar…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="68" />
      <source>计算工作日期限用的放假和调休上班日</source>
      <translation>Holidays and make-up working days used to count working-day deadlines</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="71" />
      <source>全部状态</source>
      <translation>All states</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="72" />
      <source>逾期未办结</source>
      <translation>Overdue, not handled</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="75" />
      <source>还没有工单。</source>
      <translation>No work orders yet.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="77" />
      <source>还没有工单。按 Ctrl+N 登记来电工单，或按 Ctrl+I 导入平台导出的Excel工单表。</source>
      <translation>No work orders yet. Press Ctrl+N to register a call, or Ctrl+I to import the platform's Excel export.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="80" />
      <source>查找：工单编号、来电人、电话尾号或诉求内容（Ctrl+F）</source>
      <translation>Find: order number, caller, phone ending or request text (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="81" />
      <source>共 {n} 件</source>
      <translation>{n} cases</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/page.py" line="101" />
      <source>，逾期 {n} 件</source>
      <translation>, {n} overdue</translation>
    </message>
  </context>
  <context>
    <name>HouseholdPicker</name>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="42" />
      <source>查找被走访的居民：姓名、拼音或首字母、身份证号或电话后几位</source>
      <translation>Find the resident visited: name, pinyin or initials, end of ID or phone number</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="49" />
      <source>户</source>
      <translation>Household</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="49" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="49" />
      <source>身份信息</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="51" />
      <source>所在户（F2 修改）；不填则按一人一户计</source>
      <translation>Household (F2 to edit); left empty, the person counts as a household</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="57" />
      <source>Delete 键移除选中的人</source>
      <translation>Delete removes the selected person</translation>
    </message>
    <message>
      <location filename="../../ui/visits/household_picker.py" line="44" />
      <source>未找到“{query}”。请先在“居民/网格”中登记此人</source>
      <translation>No “{query}”. Register the person under Residents first</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="35" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="36" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="37" />
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="38" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="39" />
      <source>出生日期</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="40" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="41" />
      <source>户主</source>
      <translation>Household head</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="42" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="43" />
      <source>镇/苏木</source>
      <translation>Town/sumu</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="44" />
      <source>村/嘎查</source>
      <translation>Village/gacha</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="45" />
      <source>网格</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="46" />
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="47" />
      <source>单元</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="48" />
      <source>与户主关系</source>
      <translation>Relation to head</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="49" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="50" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="86" />
      <source>从Excel导入居民</source>
      <translation>Import residents from Excel</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="110" />
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="112" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="105" />
      <source>1 选择文件</source>
      <translation>1 File</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="105" />
      <source>2 列对应</source>
      <translation>2 Columns</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="105" />
      <source>3 预览</source>
      <translation>3 Preview</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="105" />
      <source>4 完成</source>
      <translation>4 Done</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="110" />
      <source>预览</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="111" />
      <source>开始导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="112" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="138" />
      <source>选择居民名单</source>
      <translation>Choose the residents file</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="139" />
      <source>Excel、WPS 或 CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
      <translation>Excel, WPS or CSV (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="146" />
      <source>正在读取文件…</source>
      <translation>Reading the file…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="157" />
      <source>表头在第 {row} 行，共 {n} 行数据</source>
      <translation>Header in row {row}, {n} data rows</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="180" />
      <source>不导入</source>
      <translation>Do not import</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="202" />
      <source>正在检查每一行…</source>
      <translation>Checking every row…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="223" />
      <source>有误的行（前 {n} 行；导入后可保存全部有误的行）</source>
      <translation>Rejected rows (first {n}; after the import you can save them all)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="226" />
      <source>没有有误的行。</source>
      <translation>No rejected rows.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="228" />
      <source>另有 {n} 行会导入，但请核对（标有“会导入”）。</source>
      <translation>{n} more rows will be imported but should be checked (marked “imported”).</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="234" />
      <source>会导入：</source>
      <translation>Imported: </translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="247" />
      <source>正在导入居民…</source>
      <translation>Importing residents…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="252" />
      <source>导入完成。</source>
      <translation>Import finished.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="253" />
      <source>新增 {a} 人，更新 {b} 人，不变 {c} 人，有误 {d} 行。</source>
      <translation>{a} added, {b} updated, {c} unchanged, {d} rows rejected.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="257" />
      <source>新建区域：</source>
      <translation>New areas: </translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="260" />
      <source>已导入但请核对 {n} 行：</source>
      <translation>Imported, but please check {n} rows:</translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="261" />
      <source>第 {row} 行：</source>
      <translation>Row {row}: </translation>
    </message>
    <message>
      <location filename="../../ui/residents/import_dialog.py" line="271" />
      <source>已取消，数据库未改变。</source>
      <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
      <source>不变</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>为每一列选择对应的内容；不需要的列选“不导入”。带 * 的“姓名”必须指定。</source>
      <translation>Choose what each column holds; pick “Do not import” for columns you don't need. The name (*) is required.</translation>
    </message>
    <message>
      <source>保存有误的行…</source>
      <translation>Save rejected rows…</translation>
    </message>
    <message>
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>另存为Excel，多一列“错误原因”，改好后可以再导入</source>
      <translation>Save them as Excel with a reason column; fix them and import the file again</translation>
    </message>
    <message>
      <source>导入为</source>
      <translation>Import as</translation>
    </message>
    <message>
      <source>将新建的区域</source>
      <translation>Areas to be created</translation>
    </message>
    <message>
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>文件中的表头</source>
      <translation>Header in the file</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>有误</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <source>示例</source>
      <translation>Examples</translation>
    </message>
    <message>
      <source>行号</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>该行内容</source>
      <translation>Row content</translation>
    </message>
    <message>
      <source>选择居民名单文件（Excel .xlsx、.xls，WPS 或 LibreOffice 的 .ods，或 CSV）。表头可以在标题行下面，能识别常见的中文列名，如 姓名、性别、民族、身份证号/公民身份号码、联系电话、住址、所属村/嘎查、网格。
身份证号一列请设置为“文本”格式：被Excel存成数字的号码末几位已丢失，会被拒绝而不会被猜测。</source>
      <translation>Choose the residents file (Excel .xlsx or .xls, WPS or LibreOffice .ods, or CSV). The header may sit below title rows; the usual Chinese column names are recognised (name, gender, ethnic group, ID number, phone, address, village, grid).
Format the ID number column as Text: numbers Excel stored as numbers have lost their last digits and are rejected, never guessed.</translation>
    </message>
    <message>
      <source>预览：以下是导入后将发生的变化（尚未写入数据库）。</source>
      <translation>Preview: what the import will do (nothing is written yet).</translation>
    </message>
  </context>
  <context>
    <name>LedgerAttentionPanel</name>
    <message>
      <location filename="../../ui/pages/ledger_attention.py" line="58" />
      <source>台账</source>
      <translation>Ledger</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ledger_attention.py" line="58" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ledger_attention.py" line="58" />
      <source>情况</source>
      <translation>What was found</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ledger_attention.py" line="58" />
      <source>紧急程度</source>
      <translation>Urgency</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ledger_attention.py" line="59" />
      <source>没有到期的工单或未结束的巡逻。来电工单在“12345工单”中登记或导入；出发巡逻时在“巡逻”中按 Ctrl+N 开始。</source>
      <translation>No work orders due and no patrols left open. Register or import calls under 12345 hotline; start a patrol under Patrols with Ctrl+N.</translation>
    </message>
  </context>
  <context>
    <name>LedgerList</name>
    <message>
      <location filename="../../ui/common/ledger_page.py" line="101" />
      <source>没有符合条件的记录。可以换个查找词，或放宽上方的筛选条件。</source>
      <translation>Nothing matches. Try other search words or widen the filters above.</translation>
    </message>
  </context>
  <context>
    <name>ListPane</name>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="31" />
      <source>全部日期</source>
      <translation>All dates</translation>
    </message>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="32" />
      <source>本周</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="33" />
      <source>上周</source>
      <translation>Last week</translation>
    </message>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="35" />
      <source>近30天</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="36" />
      <source>今年</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../ui/visits/list_pane.py" line="45" />
      <source>共 {n} 条</source>
      <translation>{n} records</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="113" />
      <source>平安台账 — 已锁定</source>
      <translation>Station Ledger — locked</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="116" />
      <source>{name}锁定了窗口。</source>
      <translation>{name} locked the window.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="116" />
      <source>长时间无人操作，窗口已锁定。</source>
      <translation>The window was locked after a time without use.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="117" />
      <source>{name}（{user}），请输入密码解锁。</source>
      <translation>{name} ({user}), enter your password to unlock.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="123" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="127" />
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="129" />
      <source>切换用户</source>
      <translation>Switch user</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="39" />
      <source>平安台账 — 登录</source>
      <translation>Station Ledger — log in</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="49" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="50" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="60" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="61" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/login_dialog.py" line="65" />
      <source>用恢复密钥打开…</source>
      <translation>Open with the recovery key…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="45" />
      <source>工作台</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="46" />
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="47" />
      <source>登记矛盾纠纷、风险评估、预警通报、一事一策、调解笔录、打印调解协议书、回访。</source>
      <translation>Register disputes, assess risk, send early warnings, plan each case, record mediation sessions, print mediation agreements, follow up.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="48" />
      <source>巡逻</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="49" />
      <source>巡逻队、巡逻日志（含夜间、边境巡逻）、巡逻发现、义警时长统计。</source>
      <translation>Patrol teams, patrol logs (night and border patrols too), findings, volunteer hours.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="50" />
      <source>居民/网格</source>
      <translation>Residents</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="51" />
      <source>镇—村/嘎查—网格三级区域，居民登记、查询、Excel 导入导出，一员两长。</source>
      <translation>Towns, villages and grid cells; the resident registry, search, Excel import and export.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="52" />
      <source>12345工单</source>
      <translation>12345 hotline</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="53" />
      <source>12345 热线工单的接收、转派、办理、回访、归档和超期提醒。</source>
      <translation>12345 hotline work orders from receipt to archive, with deadline warnings.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="54" />
      <source>返赃</source>
      <translation>Restitution</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="55" />
      <source>返赃案件、被害人、追回与发还记录，集中返赃签收单。</source>
      <translation>Restitution cases, victims, recovered and returned money, receipt sheets.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="56" />
      <source>走访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="57" />
      <source>百万警进千万家入户走访、普法宣传活动。</source>
      <translation>Household visits and legal-awareness events.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="58" />
      <source>报表导出</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="59" />
      <source>周报（同比/环比）、PDF 与 Excel、导出到U盘、县局数据包。</source>
      <translation>Weekly summaries with comparisons, PDF and Excel, USB export, bundles for the county bureau.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="60" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="64" />
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="64" />
      <source>所长</source>
      <translation>Chief</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="65" />
      <source>民警</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="65" />
      <source>辅警</source>
      <translation>Auxiliary</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="66" />
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="66" />
      <source>只读</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="90" />
      <source>平安台账 — {station}</source>
      <translation>Station Ledger — {station}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="200" />
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="201" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="205" />
      <source>账户(&amp;A)</source>
      <translation>&amp;Account</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="206" />
      <source>修改密码…</source>
      <translation>Change password…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="208" />
      <source>锁定屏幕</source>
      <translation>Lock screen</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="210" />
      <source>注销（切换用户）</source>
      <translation>Log out (switch user)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="214" />
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>使用手册</source>
      <translation>User manual (Chinese)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="221" />
      <source>关于平安台账</source>
      <translation>About Station Ledger</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="227" />
      <source>用户：{name}（{role}）</source>
      <translation>User: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="230" />
      <source>本所：{station}</source>
      <translation>Station: {station}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="231" />
      <source>数据库：{db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="243" />
      <source>密码已修改。</source>
      <translation>Password changed.</translation>
    </message>
  </context>
  <context>
    <name>Manual</name>
    <message>
      <location filename="../../ui/help/manual.py" line="127" />
      <source>使用手册</source>
      <translation>User manual (Chinese)</translation>
    </message>
    <message>
      <location filename="../../ui/help/manual.py" line="128" />
      <source>本机没有使用手册文件。安装包和单独运行版都带有手册；从源代码运行时，请先运行 python scripts/build_manual.py 生成。</source>
      <translation>The user manual is not on this PC. Installed and standalone copies include it; when running from the source, build it first with python scripts/build_manual.py.</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <location filename="../../ui/help/manual.py" line="60" />
      <source>平安台账 — 使用手册</source>
      <translation>Station Ledger — user manual (Chinese)</translation>
    </message>
    <message>
      <location filename="../../ui/help/manual.py" line="90" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>Mediation</name>
    <message>
      <location filename="../../ui/mediation/labels.py" line="15" />
      <source>风险评估…</source>
      <translation>Assess risk…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="16" />
      <source>预警通报…</source>
      <translation>Early warning…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="17" />
      <source>一事一策…</source>
      <translation>Case plan…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="18" />
      <source>记录调解…</source>
      <translation>Record mediation…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="19" />
      <source>调解不成…</source>
      <translation>Mediation failed…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="20" />
      <source>调解协议…</source>
      <translation>Agreement…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="21" />
      <source>协议签订…</source>
      <translation>Agreement signed…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="22" />
      <source>回访…</source>
      <translation>Follow-up…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="23" />
      <source>结案…</source>
      <translation>Close case…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="24" />
      <source>撤回…</source>
      <translation>Withdraw…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="25" />
      <source>不予调解…</source>
      <translation>Not mediable…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="26" />
      <source>重新启动…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="33" />
      <source>登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="34" />
      <source>风险评估</source>
      <translation>Risk assessment</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="35" />
      <source>调解中</source>
      <translation>Mediating</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="36" />
      <source>达成协议</source>
      <translation>Agreed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="37" />
      <source>履行中</source>
      <translation>Performing</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="38" />
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="39" />
      <source>结案</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="40" />
      <source>调解不成</source>
      <translation>Mediation failed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="41" />
      <source>撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="42" />
      <source>不予调解</source>
      <translation>Not mediable</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="43" />
      <source>居民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="44" />
      <source>村/嘎查干部</source>
      <translation>Village/gacha official</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="45" />
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="46" />
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="47" />
      <source>民警</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="48" />
      <source>有威胁言语或持械</source>
      <translation>Threats or weapons</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="49" />
      <source>有暴力前科或曾动手</source>
      <translation>History of violence or has already hit</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="50" />
      <source>涉及酗酒</source>
      <translation>Alcohol involved</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="51" />
      <source>涉及老人、儿童、残疾人等弱势群体</source>
      <translation>Vulnerable people involved (elderly, children, disabled)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="52" />
      <source>人数多，可能引发群体性事件</source>
      <translation>Many people; could become a group incident</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="53" />
      <source>涉及土地、草场或较大金额</source>
      <translation>Land, grassland or a large sum at stake</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="54" />
      <source>曾调解未成</source>
      <translation>Earlier mediation failed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="55" />
      <source>治安调解协议书</source>
      <translation>Police mediation agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="56" />
      <source>人民调解协议书</source>
      <translation>People's mediation agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="58" />
      <source>预警通报</source>
      <translation>Early warning</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="59" />
      <source>一事一策</source>
      <translation>Case plan</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="60" />
      <source>调解</source>
      <translation>Mediation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="61" />
      <source>起草协议</source>
      <translation>Agreement drafted</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="62" />
      <source>打印文书</source>
      <translation>Document printed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="63" />
      <source>协议签订</source>
      <translation>Agreement signed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="64" />
      <source>重新启动</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="65" />
      <source>添加附件</source>
      <translation>Add attachments</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="66" />
      <source>查看反映人完整电话</source>
      <translation>Viewed the reporter's full phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="68" />
      <source>辅警</source>
      <translation>Auxiliary</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="69" />
      <source>义警</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="70" />
      <source>已履行</source>
      <translation>Performed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="71" />
      <source>部分履行</source>
      <translation>Partly performed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/labels.py" line="72" />
      <source>未履行</source>
      <translation>Not performed</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="29" />
      <source>合并重复的居民</source>
      <translation>Merge duplicate residents</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="32" />
      <source>选择保留哪一条记录。另一条记录中保留记录没有填写的内容会补进来，网格职务等关联转到保留的记录；被合并的记录不再出现在名单中，但留存备查，并记录审计。</source>
      <translation>Choose the record to keep. What it lacks is filled in from the other one, and links such as grid roles move to it; the merged record leaves the list but is kept for the record. The merge is audited.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="37" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="37" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="37" />
      <source>出生日期</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="37" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="38" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="38" />
      <source>网格</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="38" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="43" />
      <source>保留这一条</source>
      <translation>Keep this one</translation>
    </message>
    <message>
      <location filename="../../ui/residents/merge_dialog.py" line="58" />
      <source>合并</source>
      <translation>Merge</translation>
    </message>
  </context>
  <context>
    <name>NewOrderDialog</name>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="43" />
      <source>登记12345工单</source>
      <translation>New 12345 order</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="49" />
      <source>平台上的工单编号</source>
      <translation>The order number on the platform</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="50" />
      <source>工单编号*</source>
      <translation>Order no.*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="52" />
      <source>受理时间*</source>
      <translation>Received*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="53" />
      <source>如：白先生；匿名来电可不填</source>
      <translation>E.g. Mr Bai; empty if anonymous</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="54" />
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="57" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="58" />
      <source>可输入拼音首字母</source>
      <translation>Pinyin initials work</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="59" />
      <source>诉求类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="60" />
      <source>来电人反映的问题和诉求</source>
      <translation>What the caller reports and asks</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="62" />
      <source>诉求内容*</source>
      <translation>Request*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="63" />
      <source>办理期限*</source>
      <translation>Deadline*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="73" />
      <source>登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="75" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="86" />
      <source>工作日数</source>
      <translation>Working days</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="87" />
      <source>截止日期</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="92" />
      <source> 个工作日</source>
      <translation> working days</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="115" />
      <source>截止 {date}（{w}）</source>
      <translation>Due {date} ({w})</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/new_order_dialog.py" line="117" />
      <source>；{years} 年的节假日未录入，只按周末计算</source>
      <translation>; no holidays entered for {years}: weekends only</translation>
    </message>
  </context>
  <context>
    <name>OpenCaseDialog</name>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="31" />
      <source>开立矛盾纠纷</source>
      <translation>Open a dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="34" />
      <source>{date} {officer} 走访发现：</source>
      <translation>Found on the visit of {date} by {officer}: </translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="42" />
      <source>如：邻里纠纷（可输入 ll）</source>
      <translation>e.g. Neighbours</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="44" />
      <source>类别*</source>
      <translation>Category*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="45" />
      <source>纠纷概要（走访情况会自动写在后面）</source>
      <translation>Summary (the visit is added after it)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="48" />
      <source>纠纷概要*</source>
      <translation>Summary*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="54" />
      <source>当事人*</source>
      <translation>Parties*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="57" />
      <source>开立案件</source>
      <translation>Open case</translation>
    </message>
    <message>
      <location filename="../../ui/visits/open_case_dialog.py" line="57" />
      <source>以后再说</source>
      <translation>Later</translation>
    </message>
  </context>
  <context>
    <name>OrderImportDialog</name>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="66" />
      <source>导入12345平台工单</source>
      <translation>Import 12345 platform orders</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="138" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="77" />
      <source>选择从12345平台导出的工单表（Excel .xlsx）。表头可以在标题行下面，能识别常见列名，如 工单编号、受理时间/来电时间、来电人/诉求人、联系电话、诉求内容、诉求类别、办理时限/截止时间、承办单位。
按工单编号比对：已导入的工单只更新平台数据，不会重复；编号相同而内容不同的，会列出来由您选择。</source>
      <translation>Choose the order sheet exported from the 12345 platform (Excel .xlsx). The header may sit below title rows; the usual column names are recognised, such as order number, received/call time, caller, phone, request, category, deadline and unit.
Orders are matched by number: imported orders only get the platform's updates and are never duplicated; the same number with a different content is listed for you to decide.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="91" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="91" />
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="91" />
      <source>不变</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="92" />
      <source>有误</source>
      <translation>Errors</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="92" />
      <source>编号冲突</source>
      <translation>Number conflicts</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="102" />
      <source>编号冲突：同一工单编号，内容与已登记的不同。请逐件选择（默认保留已有，不覆盖）。</source>
      <translation>Number conflicts: the same order number with a different content. Choose for each (by default the stored order is kept, nothing is overwritten).</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="105" />
      <source>工单编号</source>
      <translation>Order no.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="105" />
      <location filename="../../ui/hotline/import_dialog.py" line="111" />
      <source>行号</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="105" />
      <source>不同之处</source>
      <translation>Differs in</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="105" />
      <source>已有的内容</source>
      <translation>Stored</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="106" />
      <source>文件中的内容</source>
      <translation>In the file</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="106" />
      <source>处理</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="111" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="121" />
      <source>保存有误的行和编号冲突…</source>
      <translation>Save rows with errors and conflicts…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="137" />
      <source>开始导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="137" />
      <source>预览</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="138" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="150" />
      <source>已取消，数据库未改变。</source>
      <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="159" />
      <source>选择工单表</source>
      <translation>Choose the order sheet</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="159" />
      <source>Excel 文件 (*.xlsx *.xlsm)</source>
      <translation>Excel files (*.xlsx *.xlsm)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="171" />
      <source>正在读取和检查工单…</source>
      <translation>Reading and checking the orders…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="178" />
      <source>工作表“{sheet}”，表头在第 {row} 行，共 {n} 行数据。导入后将发生的变化（尚未写入）：</source>
      <translation>Sheet “{sheet}”, header on row {row}, {n} rows. What the import will do (nothing written yet):</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="186" />
      <source>有误的行（导入后可保存全部）：</source>
      <translation>Rows with errors (all of them can be saved after the import):</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="187" />
      <source>没有有误的行。</source>
      <translation>No rows with errors.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="210" />
      <source>保留已有</source>
      <translation>Keep stored</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="211" />
      <source>采用文件中的</source>
      <translation>Take the file's</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="220" />
      <source>正在导入工单…</source>
      <translation>Importing orders…</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/import_dialog.py" line="225" />
      <source>导入完成。新增 {a} 件，更新 {b} 件，不变 {c} 件，有误 {d} 行；编号冲突 {e} 件，其中采用文件 {f} 件、保留已有 {g} 件。</source>
      <translation>Import finished: {a} new, {b} updated, {c} unchanged, {d} rows with errors; {e} number conflicts, {f} taken from the file and {g} kept.</translation>
    </message>
  </context>
  <context>
    <name>OrderListModel</name>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="15" />
      <source>工单编号</source>
      <translation>Order no.</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="16" />
      <source>受理时间</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="17" />
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="18" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="19" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="20" />
      <source>办理期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="21" />
      <source>承办</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="22" />
      <source>诉求内容</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_list.py" line="44" />
      <source>（逾期）</source>
      <translation> (overdue)</translation>
    </message>
  </context>
  <context>
    <name>OrderStepDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="68" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="70" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="113" />
      <source>工单已被他人修改</source>
      <translation>The order was changed by someone else</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="114" />
      <source>已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。</source>
      <translation>The latest version has been loaded. What you typed is still in the window: check it and save again.</translation>
    </message>
  </context>
  <context>
    <name>OrderView</name>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="73" />
      <source>受理时间</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="73" />
      <location filename="../../ui/hotline/order_view.py" line="166" />
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="74" />
      <source>诉求类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="74" />
      <source>办理期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="75" />
      <source>承办单位</source>
      <translation>Platform unit</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="75" />
      <source>转派至</source>
      <translation>Dispatched to</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="76" />
      <source>满意度</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="76" />
      <source>矛盾纠纷</source>
      <translation>Dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="83" />
      <source>显示完整电话</source>
      <translation>Show full phone</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="84" />
      <source>查看来电人的完整电话（需说明原因，记入审计）</source>
      <translation>See the caller's full phone number (asks why; audited)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="102" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="102" />
      <source>经办人</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="102" />
      <source>事项</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="102" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="112" />
      <source>办理</source>
      <translation>Handle</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="123" />
      <source>打开纠纷案件</source>
      <translation>Open the dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="134" />
      <source>请在左侧选择一张工单</source>
      <translation>Choose an order on the left</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="188" />
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="191" />
      <source>剩余 {n} 个工作日</source>
      <translation>{n} working days left</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="196" />
      <source>，退回重办 {n} 次</source>
      <translation>, returned {n} time(s)</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="198" />
      <source>平台导入</source>
      <translation>imported</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="206" />
      <source>匿名</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="218" />
      <source>办理结果：</source>
      <translation>Result: </translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="237" />
      <source>未选择工单</source>
      <translation>No order chosen</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/order_view.py" line="245" />
      <source>已开立矛盾纠纷案件 {n}</source>
      <translation>Dispute case {n} already opened</translation>
    </message>
  </context>
  <context>
    <name>PartyPicker</name>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="53" />
      <source>查找居民：姓名、拼音或首字母、身份证号或电话后几位</source>
      <translation>Find a resident: name, pinyin or initials, last digits of ID or phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="61" />
      <source>姓名*</source>
      <translation>Full name*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="62" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="65" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="66" />
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="67" />
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="69" />
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="72" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="73" />
      <source>加入</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="86" />
      <source>新增人员（未登记的当事人）</source>
      <translation>New person (not registered yet)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="95" />
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="95" />
      <source>身份信息</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="95" />
      <source>称谓</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="96" />
      <source>职业</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="97" />
      <source>不填则依次为甲方、乙方…</source>
      <translation>Left empty: Party A, Party B… in order</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="106" />
      <source>Delete 键移除选中的当事人</source>
      <translation>Delete removes the selected party</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="54" />
      <source>未找到“{query}”。按 Enter 新增此人</source>
      <translation>No match for “{query}”. Press Enter to add this person</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/party_picker.py" line="163" />
      <source>新增</source>
      <translation>New</translation>
    </message>
  </context>
  <context>
    <name>PatrolAreaPicker</name>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="136" />
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="146" />
      <source>Delete 键移除选中的区域</source>
      <translation>Delete removes the selected area</translation>
    </message>
  </context>
  <context>
    <name>PatrolAttentionPanel</name>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="26" />
      <source>没有超过 12 小时仍未结束的巡逻。</source>
      <translation>No patrol has been left open for more than 12 hours.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="25" />
      <source>巡逻队</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="25" />
      <source>开始时间</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="25" />
      <source>已过小时</source>
      <translation>Hours open</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="25" />
      <source>带队</source>
      <translation>Led by</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/attention_panel.py" line="29" />
      <source>双击或按 Enter 打开这次巡逻，结束巡逻并填写实际结束时间</source>
      <translation>Double-click or press Enter to open the patrol, end it and enter the real end time</translation>
    </message>
  </context>
  <context>
    <name>PatrolDetailView</name>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="31" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="32" />
      <source>人员</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="33" />
      <source>区域</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="34" />
      <source>路线</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="35" />
      <source>天气</source>
      <translation>Weather</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="36" />
      <source>车辆</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="37" />
      <source>里程</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="38" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="39" />
      <source>记录</source>
      <translation>Recorded</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="70" />
      <source>结束巡逻…</source>
      <translation>End patrol…</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="71" />
      <source>添加发现…</source>
      <translation>Add finding…</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="72" />
      <source>修改…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="73" />
      <source>在列表中按 Enter</source>
      <translation>Enter in the list</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="78" />
      <source>巡逻发现</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="85" />
      <source>有案件编号的：双击或按 Enter 打开纠纷案件</source>
      <translation>Findings with a case number: double-click or press Enter to open the dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="99" />
      <source>（未选择巡逻记录）</source>
      <translation>(no patrol selected)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="105" />
      <source>进行中</source>
      <translation>under way</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="109" />
      <source>（义警）</source>
      <translation> (volunteer)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="114" />
      <source>带队 {leader}；{people}（{n} 人）</source>
      <translation>Led by {leader}; {people} ({n} people)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="121" />
      <source>{km} 公里</source>
      <translation>{km} km</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="131" />
      <source>处置：{text}</source>
      <translation>Action taken: {text}</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="133" />
      <source>已登记纠纷 {number}（Enter 打开）</source>
      <translation>Dispute registered as {number} (Enter opens it)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="142" />
      <source>{name} 补录</source>
      <translation>Logged afterwards by {name}</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="143" />
      <source>{name} 开始</source>
      <translation>Started by {name}</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/detail_view.py" line="145" />
      <source>，{name} 结束</source>
      <translation>, ended by {name}</translation>
    </message>
  </context>
  <context>
    <name>PatrolDialog</name>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="33" />
      <location filename="../../ui/patrols/patrol_dialog.py" line="36" />
      <source>开始巡逻</source>
      <translation>Start patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="33" />
      <source>补录巡逻</source>
      <translation>Log past patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="33" />
      <source>修改巡逻记录</source>
      <translation>Edit patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="56" />
      <source>巡逻队*</source>
      <translation>Team*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="61" />
      <source>巡逻类型*</source>
      <translation>Kind*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="66" />
      <source>开始时间*</source>
      <translation>Started*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="70" />
      <source>结束时间*</source>
      <translation>Ended at*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="72" />
      <source>参加人员*</source>
      <translation>People present*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="75" />
      <source>带队人</source>
      <translation>Leader</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="77" />
      <source>巡逻区域</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="78" />
      <source>如：S203省道—查干陶勒盖嘎查—草场围栏</source>
      <translation>e.g. S203 road — Chagan Tolgai — pasture fences</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="79" />
      <source>路线</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="81" />
      <source>如：雪、大风</source>
      <translation>e.g. snow, strong wind</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="82" />
      <source>天气</source>
      <translation>Weather</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="85" />
      <source>气温</source>
      <translation>Temperature</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="86" />
      <source>如：警车 蒙G·J0152、摩托车2辆；步巡可不填</source>
      <translation>e.g. a patrol car and its plate, 2 motorbikes; leave empty on foot</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="87" />
      <source>车辆</source>
      <translation>Vehicles</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="88" />
      <source>公里，如 12.5</source>
      <translation>km, e.g. 12.5</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="89" />
      <source>巡逻情况（Ctrl+Enter 保存）</source>
      <translation>How it went (Ctrl+Enter saves)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="92" />
      <source>里程</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_dialog.py" line="93" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>PatrolFiguresView</name>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="73" />
      <source>按巡逻队</source>
      <translation>By team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="75" />
      <location filename="../../ui/patrols/figures_view.py" line="81" />
      <source>巡逻队</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="75" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="75" />
      <location filename="../../ui/patrols/figures_view.py" line="80" />
      <source>次数</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="75" />
      <location filename="../../ui/patrols/figures_view.py" line="80" />
      <source>公里</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="75" />
      <location filename="../../ui/patrols/figures_view.py" line="80" />
      <source>时长</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="76" />
      <source>人数</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="76" />
      <source>人·小时</source>
      <translation>Person-hours</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="76" />
      <source>义警人数</source>
      <translation>Volunteers</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="76" />
      <source>义警时长</source>
      <translation>Volunteer time</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="94" />
      <source>巡逻 {n} 次{under_way}，共 {hours}、{km} 公里；夜间 {night} 次，雪天 {snow} 次。</source>
      <translation>{n} patrols{under_way}, {hours} and {km} km in all; {night} at night, {snow} in snow.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="99" />
      <source>参加 {people} 人，义警 {volunteers} 人、{vhours}。发现：{found}；登记纠纷 {cases} 件。</source>
      <translation>{people} people took part, {volunteers} volunteers for {vhours}. Found: {found}; {cases} disputes registered.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="78" />
      <source>按人员（义警时长）</source>
      <translation>By person (volunteer hours)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="80" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="80" />
      <source>身份</source>
      <translation>As</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="81" />
      <source>带队</source>
      <translation>Led by</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="89" />
      <source>（其中 {n} 次进行中，未计时长）</source>
      <translation> ({n} under way, not timed yet)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="108" />
      <source>义警</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="108" />
      <source>民警/辅警</source>
      <translation>Officer / auxiliary</translation>
    </message>
  </context>
  <context>
    <name>PatrolFindingDialog</name>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="29" />
      <source>添加巡逻发现 — {team}</source>
      <translation>Add a finding — {team}</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="37" />
      <source>类型*</source>
      <translation>Kind*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="40" />
      <source>发现时间*</source>
      <translation>Found at*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="44" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="45" />
      <source>具体位置，如：3组路口</source>
      <translation>Exact place, e.g. the group 3 crossroads</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="46" />
      <source>具体位置</source>
      <translation>Exact spot</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="47" />
      <source>发现的情况（纠纷将作为案件概要）</source>
      <translation>What was found (for a dispute, the case summary)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="49" />
      <source>情况*</source>
      <translation>What*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="50" />
      <source>现场如何处置</source>
      <translation>What was done on the spot</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="52" />
      <source>处置情况</source>
      <translation>Action taken</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="57" />
      <source>帮扶人数</source>
      <translation>People helped</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="58" />
      <source>如：邻里纠纷（可输入 ll）</source>
      <translation>e.g. Neighbours</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="60" />
      <source>纠纷类别*</source>
      <translation>Dispute category*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="62" />
      <source>当事人*</source>
      <translation>Parties*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="80" />
      <source>保存并登记纠纷</source>
      <translation>Save and register the dispute</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/finding_dialog.py" line="80" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
  </context>
  <context>
    <name>PatrolForm</name>
    <message>
      <location filename="../../ui/patrols/form.py" line="54" />
      <source>巡逻超过 24 小时</source>
      <translation>Patrol longer than 24 hours</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/form.py" line="54" />
      <source>里程与时长对不上</source>
      <translation>Distance and duration do not match</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/form.py" line="57" />
      <source>确认无误，保存</source>
      <translation>It is right, save</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/form.py" line="58" />
      <source>返回修改</source>
      <translation>Back to the form</translation>
    </message>
  </context>
  <context>
    <name>PatrolListModel</name>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="24" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="25" />
      <source>时长</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="26" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="27" />
      <source>巡逻队</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="28" />
      <source>带队</source>
      <translation>Led by</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="29" />
      <source>人数</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="30" />
      <source>公里</source>
      <translation>km</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="31" />
      <source>天气</source>
      <translation>Weather</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="32" />
      <source>发现</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/patrol_list.py" line="33" />
      <source>区域/路线</source>
      <translation>Areas / route</translation>
    </message>
  </context>
  <context>
    <name>PatrolMemberChecklist</name>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="52" />
      <source>输入姓名、拼音或首字母，Enter 勾选</source>
      <translation>Type a name, pinyin or initials; Enter ticks</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="53" />
      <source>全选</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="63" />
      <source>空格键勾选或取消</source>
      <translation>Space ticks or unticks</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="75" />
      <source>（队长）</source>
      <translation> (leader)</translation>
    </message>
  </context>
  <context>
    <name>PatrolTeamsDialog</name>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="48" />
      <source>巡逻队</source>
      <translation>Team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="71" />
      <source>新建巡逻队</source>
      <translation>New team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="82" />
      <source>如：红城义警</source>
      <translation>e.g. 红城义警</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="83" />
      <source>名称*</source>
      <translation>Name*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="88" />
      <source>类型*</source>
      <translation>Kind*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="89" />
      <source>在用（停用后不能再记录新的巡逻）</source>
      <translation>In use (a stopped team takes no new patrols)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="94" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="105" />
      <source>加入民警/辅警</source>
      <translation>Add officer</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="110" />
      <source>民警/辅警</source>
      <translation>Officer / auxiliary</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="113" />
      <source>查找义警（居民）：姓名、拼音或首字母、身份证号或电话后几位</source>
      <translation>Find a volunteer (resident): name, pinyin or initials, last digits of ID or phone</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="114" />
      <source>新增义警（未登记的居民）</source>
      <translation>New volunteer (not yet registered)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="120" />
      <location filename="../../ui/patrols/teams_dialog.py" line="221" />
      <source>义警</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="123" />
      <source>Delete 键移出本队（保留为原队员记录）</source>
      <translation>Delete takes someone off the team (kept as a former member)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="125" />
      <source>队员*</source>
      <translation>Members*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="128" />
      <source>队长*</source>
      <translation>Leader*</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="134" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="141" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="153" />
      <source>（已停用）</source>
      <translation> (stopped)</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="155" />
      <source>{n} 人</source>
      <translation>{n} people</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/teams_dialog.py" line="221" />
      <source>新登记</source>
      <translation>new</translation>
    </message>
  </context>
  <context>
    <name>Patrols</name>
    <message>
      <location filename="../../ui/patrols/labels.py" line="18" />
      <source>民警巡逻队</source>
      <translation>Police patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="19" />
      <source>义警/群防队</source>
      <translation>Volunteer team</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="20" />
      <source>警民联合</source>
      <translation>Joint police–volunteer</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="21" />
      <source>边境巡逻队</source>
      <translation>Border patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="22" />
      <source>日常</source>
      <translation>Routine</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="23" />
      <source>夜间</source>
      <translation>Night</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="24" />
      <source>重点时段</source>
      <translation>Peak hours</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="25" />
      <source>边境</source>
      <translation>Border</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="26" />
      <source>护学</source>
      <translation>School run</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="27" />
      <source>节日</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="28" />
      <source>安全隐患</source>
      <translation>Hazard</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="29" />
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="30" />
      <source>社情民意</source>
      <translation>Public opinion</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="31" />
      <source>救助帮扶</source>
      <translation>Help given</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="33" />
      <source>进行中</source>
      <translation>under way</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="60" />
      <source>{n} 分钟</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/labels.py" line="61" />
      <source>{n} 小时</source>
      <translation>{n} h</translation>
    </message>
  </context>
  <context>
    <name>PatrolsPage</name>
    <message>
      <location filename="../../ui/patrols/page.py" line="65" />
      <source>开始巡逻</source>
      <translation>Start patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="66" />
      <source>结束巡逻</source>
      <translation>End patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="67" />
      <source>补录巡逻</source>
      <translation>Log past patrol</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="68" />
      <source>巡逻队…</source>
      <translation>Teams…</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="78" />
      <source>本周</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="113" />
      <source>巡逻记录</source>
      <translation>Patrol log</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="115" />
      <source>本周统计</source>
      <translation>Week's figures</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="153" />
      <source>本周还没有巡逻记录。出发时按 Ctrl+N 开始巡逻，回来后补录请按 Ctrl+Shift+N。</source>
      <translation>No patrols this week. Press Ctrl+N when setting out, or Ctrl+Shift+N to log one afterwards.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="154" />
      <source>本周还没有巡逻记录。</source>
      <translation>No patrols this week.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="156" />
      <source>这个巡逻队本周没有巡逻记录。</source>
      <translation>This team has no patrols this week.</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="158" />
      <source>{week}（{monday} 至 {sunday}）</source>
      <translation>{week} ({monday} to {sunday})</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="182" />
      <source>全部巡逻队</source>
      <translation>All teams</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/page.py" line="274" />
      <source>请先在列表中选中要结束的巡逻（进行中的显示在最上面）。</source>
      <translation>First select the patrol to end in the list (patrols under way are at the top).</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="50" />
      <source>本周巡逻 {n} 次 · {hours} · {km} 公里 · 义警 {volunteers} 人 {vhours} · 夜间 {night} 次 · 雪天 {snow} 次 · 进行中 {open} 次</source>
      <translation>This week: {n} patrols · {hours} · {km} km · {volunteers} volunteers, {vhours} · {night} at night · {snow} in snow · {open} under way</translation>
    </message>
    <message>
      <location filename="../../ui/patrols/figures_view.py" line="59" />
      <source>（另有 {n} 次不是本周开始、仍未结束）</source>
      <translation> ({n} more started in another week and not ended yet)</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="83" />
      <source>预览：{title}</source>
      <translation>Preview: {title}</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="91" />
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="93" />
      <source>在系统查看器中打开</source>
      <translation>Open in the system viewer</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="94" />
      <source>仅供查看。要交当事人签字的文书请用“打印”或“另存为”，本程序才会记下打印的是哪一份。</source>
      <translation>For viewing only. Use Print or Save as for a copy the parties sign, so the app records which copy it was.</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="96" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="100" />
      <source>缩小（Ctrl+-）</source>
      <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="101" />
      <source>放大（Ctrl++）</source>
      <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="106" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="154" />
      <source>共 {n} 页  {zoom}%</source>
      <translation>{n} pages  {zoom}%</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="188" />
      <source>无法开始打印：打印机不可用或已取消。请检查打印机后再试。</source>
      <translation>Cannot start printing: the printer is unavailable or printing was cancelled. Check the printer and try again.</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="214" />
      <source>没有找到可以打开 PDF 的程序。文件已保存在：{path}</source>
      <translation>No program to open PDF files was found. The file was saved as: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="219" />
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="242" />
      <source>无法保存到“{path}”：{reason}</source>
      <translation>Cannot save to “{path}”: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/common/pdf_preview.py" line="249" />
      <source>无法完成</source>
      <translation>Could not be done</translation>
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
    <name>PlanDialog</name>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="24" />
      <source>一事一策</source>
      <translation>Case plan</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="25" />
      <source>工作措施*</source>
      <translation>Measures*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="26" />
      <source>如：联系嘎查调解委员会，组织双方到场调解；稳控情绪，防止矛盾激化</source>
      <translation>e.g. contact the gacha mediation committee and bring both sides together; calm them down so it does not escalate</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="27" />
      <source>责任人*</source>
      <translation>Responsible*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="29" />
      <source>完成期限*</source>
      <translation>Deadline*</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../ui/mediation/printing.py" line="26" />
      <source>调解协议书</source>
      <translation>Mediation agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/printing.py" line="27" />
      <source>调解笔录</source>
      <translation>Mediation record</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/printing.py" line="28" />
      <source>预警通报</source>
      <translation>Early warning</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <location filename="../../ui/common/tasks.py" line="75" />
      <source>继续…</source>
      <translation>Continuing…</translation>
    </message>
    <message>
      <location filename="../../ui/common/tasks.py" line="79" />
      <source>已取消：没有保存任何内容。</source>
      <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../ui/common/tasks.py" line="106" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/common/tasks.py" line="127" />
      <source>正在取消，请稍候…</source>
      <translation>Cancelling, please wait…</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="96" />
      <location filename="../../ui/mediation/simple_dialogs.py" line="127" />
      <source>结案</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="96" />
      <source>撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="97" />
      <source>不予调解</source>
      <translation>Not mediable</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="97" />
      <source>重新启动</source>
      <translation>Reopened</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="99" />
      <source>协议已履行可不填；未确认履行的须写明原因</source>
      <translation>May be left empty once the agreement is performed; otherwise give the reason</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="100" />
      <source>如：当事人自行和解，申请撤回</source>
      <translation>e.g. the parties settled between themselves and asked to withdraw</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="101" />
      <source>如：涉嫌雇凶伤害、结伙斗殴、寻衅滋事或多次违法，不适用治安调解</source>
      <translation>e.g. hired violence, group fight, provocation or repeat offences: police mediation does not apply</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="102" />
      <source>如：当事人反悔，协议未履行，要求重新调解</source>
      <translation>e.g. a party went back on the agreement; it was not performed; mediation is asked for again</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="107" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="107" />
      <source>原因*</source>
      <translation>Reason*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="119" />
      <source>结案后案件不再出现在待办中，只能“重新启动”才能继续办理。</source>
      <translation>A closed case leaves the to-do lists; only Reopen lets work on it continue.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="121" />
      <source>尚未进行的回访（原定 {dates}）将一并取消。</source>
      <translation>The follow-ups not yet made (due {dates}) are called off.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="123" />
      <source>确认结案吗？</source>
      <translation>Close the case?</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="124" />
      <source>确认结案</source>
      <translation>Close the case</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/simple_dialogs.py" line="128" />
      <source>暂不结案</source>
      <translation>Not now</translation>
    </message>
  </context>
  <context>
    <name>RecordsModel</name>
    <message>
      <location filename="../../ui/common/records.py" line="35" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeDialog</name>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="45" />
      <source>平安台账 — 恢复密钥</source>
      <translation>Station Ledger — Recovery key</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="46" />
      <source>本所数据库已加密：没有账户密码，拿到电脑或备份盘的人也读不出任何内容。
下面是数据库的恢复密钥，只显示这一次。所有管理员都忘记密码、或钥匙文件丢失时，只有它能打开数据库。请立即打印恢复密钥单，封好放入所内保险柜。</source>
      <translation>This station's database is encrypted: without an account's password, whoever has the PC or a backup stick can read nothing.
Below is the database's recovery key, shown only this once. When every administrator has forgotten their password, or the key file is lost, only it opens the database. Print the recovery key sheet now, seal it and put it in the station's safe.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="59" />
      <source>打印恢复密钥单…</source>
      <translation>Print the recovery key sheet…</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="62" />
      <source>我已打印恢复密钥单，并会放入保险柜</source>
      <translation>I have printed the recovery key sheet and will put it in the safe</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="65" />
      <source>继续</source>
      <translation>Continue</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="78" />
      <source>恢复密钥单</source>
      <translation>Recovery key sheet</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="199" />
      <source>登记追回赃款</source>
      <translation>Record recovered money</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="200" />
      <source>追回日期*</source>
      <translation>Recovered on*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="201" />
      <source>追回金额*</source>
      <translation>Amount recovered*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="202" />
      <source>来源*</source>
      <translation>Source*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="203" />
      <source>如：犯罪嫌疑人退赔</source>
      <translation>e.g. repaid by the suspect</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="204" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="176" />
      <source>平安台账 — 用恢复密钥打开</source>
      <translation>Station Ledger — Open with the recovery key</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="177" />
      <source>请从保险柜取出恢复密钥单，逐组输入恢复密钥（不分大小写），再为一个管理员账户设置新密码。</source>
      <translation>Take the recovery key sheet from the safe, type the key group by group (upper or lower case), then set a new password for an administrator account.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="181" />
      <source>管理员的用户名，如 admin</source>
      <translation>The administrator's user name, e.g. admin</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="184" />
      <source>恢复密钥</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="185" />
      <source>管理员用户名</source>
      <translation>Administrator user name</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="186" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="187" />
      <source>再输一次</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="190" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/encryption_dialogs.py" line="200" />
      <source>两次输入的新密码不一致。</source>
      <translation>The two new passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>RegisterDialog</name>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="41" />
      <source>登记矛盾纠纷</source>
      <translation>Register a dispute</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="53" />
      <source>如：网格员上报（可输入 wg）</source>
      <translation>e.g. Grid worker report</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="55" />
      <source>来源*</source>
      <translation>Source*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="56" />
      <source>如：邻里纠纷（可输入 ll）</source>
      <translation>e.g. Neighbours</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="58" />
      <source>类别*</source>
      <translation>Category*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="61" />
      <source>反映时间</source>
      <translation>Reported at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="66" />
      <source>（类型）</source>
      <translation>(kind)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="69" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="70" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="75" />
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="78" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="79" />
      <source>具体位置，如：3组张家院墙外</source>
      <translation>Exact spot, e.g. outside the Zhang family's wall, group 3</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="80" />
      <source>具体位置</source>
      <translation>Exact spot</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="81" />
      <source>简要经过：谁和谁、因为什么、现在情况如何（Ctrl+Enter 登记）</source>
      <translation>Briefly: who and who, about what, how things stand now (Ctrl+Enter registers)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="83" />
      <source>纠纷概要*</source>
      <translation>Summary*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="88" />
      <source>当事人*</source>
      <translation>Parties*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/register_dialog.py" line="98" />
      <source>登记纠纷</source>
      <translation>Register dispute</translation>
    </message>
  </context>
  <context>
    <name>RemoveRecoveryDialog</name>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="261" />
      <source>删除追回记录</source>
      <translation>Remove recovered money</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="264" />
      <source>如：金额录入错误，已重新登记</source>
      <translation>e.g. wrong amount typed, entered again</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="265" />
      <source>原因*</source>
      <translation>Reason*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="267" />
      <source>删除</source>
      <translation>Remove</translation>
    </message>
  </context>
  <context>
    <name>ReportFigures</name>
    <message>
      <location filename="../../ui/reports/figures.py" line="47" />
      <source>持平</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="50" />
      <source>{n}个百分点</source>
      <translation>{n} points</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="68" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="68" />
      <source>本期</source>
      <translation>This period</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="69" />
      <source>上期</source>
      <translation>Previous period</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="69" />
      <source>环比</source>
      <translation>vs previous</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="70" />
      <source>去年同期</source>
      <translation>Same period last year</translation>
    </message>
    <message>
      <location filename="../../ui/reports/figures.py" line="70" />
      <source>同比</source>
      <translation>vs last year</translation>
    </message>
  </context>
  <context>
    <name>ReportFiles</name>
    <message>
      <location filename="../../ui/reports/exporting.py" line="52" />
      <source>{station}周报_{key}</source>
      <translation>{station}_weekly_{key}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/exporting.py" line="53" />
      <source>{station}报告_{key}</source>
      <translation>{station}_report_{key}</translation>
    </message>
  </context>
  <context>
    <name>ReportingStatusTable</name>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="20" />
      <source>单位代码</source>
      <translation>Unit code</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="20" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="20" />
      <source>数据截至</source>
      <translation>Data up to</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="21" />
      <source>最近收到</source>
      <translation>Last received</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="21" />
      <source>最近一周</source>
      <translation>Last week sent</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="21" />
      <source>没有数据包的周</source>
      <translation>Weeks without a bundle</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="42" />
      <source>从未收到数据包</source>
      <translation>No bundle received yet</translation>
    </message>
    <message>
      <location filename="../../ui/reports/reporting_status.py" line="46" />
      <source>{when}（第 {number} 号变更）</source>
      <translation>{when} (change {number})</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <location filename="../../ui/reports/page.py" line="72" />
      <source>本周</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="73" />
      <source>上周</source>
      <translation>Last week</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="76" />
      <location filename="../../ui/reports/page.py" line="116" />
      <source>周</source>
      <translation>Week</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="76" />
      <source>月</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="76" />
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="77" />
      <source>年</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="85" />
      <source>如 2026-W48、2026-11、2026-Q4、2026，按 Enter</source>
      <translation>e.g. 2026-W48, 2026-11, 2026-Q4, 2026, then Enter</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="101" />
      <source>汇总各所数据包…</source>
      <translation>Stations' bundles…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="104" />
      <source>预览PDF</source>
      <translation>Preview PDF</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="105" />
      <source>导出Excel…</source>
      <translation>Export Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="106" />
      <source>导出到U盘…</source>
      <translation>Export to USB stick…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="116" />
      <source>登记纠纷（件）</source>
      <translation>Disputes registered</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="118" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="118" />
      <source>报送</source>
      <translation>Reported</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="122" />
      <source>未办结的高风险纠纷和超期事项（截至现在）</source>
      <translation>Open high-risk disputes and overdue items (as of now)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="124" />
      <source>模块</source>
      <translation>Module</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="124" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="124" />
      <source>事项</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="124" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="124" />
      <location filename="../../ui/reports/page.py" line="270" />
      <source>超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="200" />
      <source>{label}（{first} 至 {last}）</source>
      <translation>{label} ({first} to {last})</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="206" />
      <source>导出到U盘按周进行，请选择一周。</source>
      <translation>USB export goes by week: choose a week.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="207" />
      <source>导出送县局的数据包需要所长或管理员账户。</source>
      <translation>Exporting the bundle for the county bureau needs a chief's or administrator's account.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="228" />
      <source>近12周纠纷趋势</source>
      <translation>Disputes, last 12 weeks</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="234" />
      <source>各单位</source>
      <translation>Per unit</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="235" />
      <source>报送情况</source>
      <translation>Reporting</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="246" />
      <location filename="../../ui/reports/page.py" line="264" />
      <source>未报送</source>
      <translation>Not reported</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="263" />
      <source>截至 {when}（不完整）</source>
      <translation>Up to {when} (incomplete)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="264" />
      <source>已报送</source>
      <translation>Reported</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="270" />
      <source>从速处理</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <location filename="../../ui/reports/page.py" line="277" />
      <source>全部单位合计</source>
      <translation>All units together</translation>
    </message>
    <message>
      <source>导出Excel</source>
      <translation>Export Excel</translation>
    </message>
    <message>
      <source>导出到U盘</source>
      <translation>Export to USB stick</translation>
    </message>
    <message>
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <source>导出没有完成</source>
      <translation>Export not finished</translation>
    </message>
    <message>
      <source>导出没有完成。</source>
      <translation>The export did not finish.</translation>
    </message>
    <message>
      <source>已写入并校验通过：{folder}。可以安全拔出U盘。</source>
      <translation>Written and verified: {folder}. You can now safely remove the USB stick.</translation>
    </message>
    <message>
      <source>已导出Excel：{path}</source>
      <translation>Excel written: {path}</translation>
    </message>
    <message>
      <source>数据包包含本所全部数据（共 {count} 条记录）。</source>
      <translation>The bundle holds all of the station's data ({count} records).</translation>
    </message>
    <message>
      <source>数据包包含第 {first}–{last} 号变更（{count} 条记录有改动）。</source>
      <translation>The bundle holds changes {first}–{last} ({count} records changed).</translation>
    </message>
    <message>
      <source>无法保存到“{path}”：{reason}</source>
      <translation>Cannot save to “{path}”: {reason}</translation>
    </message>
    <message>
      <source>本次没有新的变更（县局已经有本所的全部数据）。</source>
      <translation>No new changes this time (the county already has all of the station's data).</translation>
    </message>
    <message>
      <source>正在导出到 {path}，请不要拔出U盘…</source>
      <translation>Exporting to {path}; do not remove the USB stick…</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="88" />
      <source>重置密码 — {user}</source>
      <translation>Reset password — {user}</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="94" />
      <source>临时密码</source>
      <translation>Temporary password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="95" />
      <source>再输一次</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="102" />
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>ResidentDialog</name>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="88" />
      <source>登记居民</source>
      <translation>New resident</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="90" />
      <source>居民：{name}</source>
      <translation>Resident: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="113" />
      <source>姓名*</source>
      <translation>Full name*</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="115" />
      <source>18位，末位可为X</source>
      <translation>18 characters, may end in X</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="117" />
      <location filename="../../ui/residents/resident_form.py" line="161" />
      <source>显示完整</source>
      <translation>Show full</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="119" />
      <source>查看完整身份证号和电话（需说明原因，记入审计）</source>
      <translation>See the full ID and phone numbers (asks why; audited)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="120" />
      <location filename="../../ui/residents/resident_form.py" line="164" />
      <source>重新输入</source>
      <translation>Retype</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="122" />
      <source>查看已登记的人</source>
      <translation>Show the registered person</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="139" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="142" />
      <location filename="../../ui/residents/resident_form.py" line="154" />
      <source>（未填）</source>
      <translation>(not given)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="143" />
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="144" />
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="146" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="148" />
      <source>如 1985-03-12</source>
      <translation>e.g. 1985-03-12</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="150" />
      <source>出生日期</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="158" />
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="160" />
      <source>手机或座机，如 0482-1234567</source>
      <translation>Mobile or landline, e.g. 0482-1234567</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="169" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="172" />
      <source>户主姓名或户号</source>
      <translation>Head of household or household no.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="173" />
      <source>所在户</source>
      <translation>Household</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="179" />
      <source>与户主关系</source>
      <translation>Relation to head</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="184" />
      <source>（未分网格）</source>
      <translation>(no grid)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="193" />
      <source>网格</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="195" />
      <source>如：3号楼</source>
      <translation>e.g. Building 3</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="196" />
      <source>如：2单元</source>
      <translation>e.g. Unit 2</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="197" />
      <source>楼栋</source>
      <translation>Building</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="198" />
      <source>单元</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="200" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="215" />
      <source>其他标签，用“、”分隔</source>
      <translation>Other tags, separated by “、”</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="219" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="224" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="233" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="236" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="236" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="390" />
      <source>未分网格</source>
      <translation>no grid</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="392" />
      <source>可能重复登记</source>
      <translation>Possibly registered twice</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="393" />
      <source>已有同名且出生日期相同的居民：</source>
      <translation>Residents with the same name and date of birth exist:</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="394" />
      <source>可能是同一人，请核对。确认不是同一人可继续保存。</source>
      <translation>It may be the same person; please check. If it is not, you can save anyway.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="395" />
      <source>继续保存</source>
      <translation>Save anyway</translation>
    </message>
    <message>
      <location filename="../../ui/residents/resident_form.py" line="396" />
      <source>返回修改</source>
      <translation>Back to the form</translation>
    </message>
    <message>
      <source>与身份证号不符：应为{gender}</source>
      <translation>Does not match the ID number: {gender}</translation>
    </message>
    <message>
      <source>与身份证号不符：身份证号显示为 {date}</source>
      <translation>Does not match the ID number, which gives {date}</translation>
    </message>
    <message>
      <source>由身份证号自动填入</source>
      <translation>Filled in from the ID number</translation>
    </message>
  </context>
  <context>
    <name>ResidentTableModel</name>
    <message>
      <location filename="../../ui/residents/table_model.py" line="34" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="35" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="36" />
      <source>民族</source>
      <translation>Ethnicity</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="37" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="38" />
      <source>出生日期</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="39" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="40" />
      <source>网格</source>
      <translation>Grid</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="41" />
      <source>住址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../ui/residents/table_model.py" line="42" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
  </context>
  <context>
    <name>ResidentsPage</name>
    <message>
      <location filename="../../ui/residents/page.py" line="54" />
      <source>区域</source>
      <translation>Areas</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="98" />
      <source>查找：姓名、拼音或首字母、身份证号或电话后几位（Ctrl+F）</source>
      <translation>Search: name, pinyin or initials, last digits of ID or phone (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="72" />
      <source>登记居民</source>
      <translation>New resident</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="74" />
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="74" />
      <source>查看</source>
      <translation>View</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="76" />
      <source>合并重复</source>
      <translation>Merge duplicates</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="77" />
      <source>在名单中选中同一人的两条记录（按住 Ctrl 点选）</source>
      <translation>Select two records of the same person (Ctrl+click)</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="78" />
      <source>导入Excel…</source>
      <translation>Import Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="79" />
      <source>导出Excel…</source>
      <translation>Export Excel…</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="93" />
      <source>还没有居民。</source>
      <translation>No residents yet.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="95" />
      <source>还没有居民。点“导入Excel…”导入花名册，或按 Ctrl+N 登记一位居民。</source>
      <translation>No residents yet. Click “Import Excel…” to import a register, or press Ctrl+N to add one.</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="99" />
      <source>共 {n} 人</source>
      <translation>{n} people</translation>
    </message>
    <message>
      <location filename="../../ui/residents/page.py" line="194" />
      <source>已保存“{name}”，不在当前列表中。</source>
      <translation>Saved “{name}”; not in the current list.</translation>
    </message>
  </context>
  <context>
    <name>Restitution</name>
    <message>
      <location filename="../../ui/restitution/labels.py" line="16" />
      <source>待登记被害人</source>
      <translation>No victims yet</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="17" />
      <source>待追赃</source>
      <translation>Nothing recovered</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="18" />
      <source>待返还</source>
      <translation>To return</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="19" />
      <source>部分返还</source>
      <translation>Partly returned</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="20" />
      <source>已全部返还</source>
      <translation>All returned</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="21" />
      <source>待发还</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="22" />
      <source>已发还</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="23" />
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/labels.py" line="24" />
      <source>已返还</source>
      <translation>Returned</translation>
    </message>
  </context>
  <context>
    <name>RestitutionCaseView</name>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="41" />
      <source>请在左侧选择返赃案件，或按 Ctrl+N 新建。</source>
      <translation>Pick a restitution case on the left, or press Ctrl+N to open one.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="67" />
      <source>登记被害人(&amp;V)…</source>
      <translation>Add &amp;victim…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="68" />
      <source>登记追回(&amp;R)…</source>
      <translation>&amp;Recovered money…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="69" />
      <source>登记返还(&amp;T)…</source>
      <translation>Re&amp;turn…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="70" />
      <source>集中返赃(&amp;J)…</source>
      <translation>&amp;Joint return…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="71" />
      <source>修改案件(&amp;E)…</source>
      <translation>&amp;Edit case…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="121" />
      <source>类别：</source>
      <translation>Category: </translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="122" />
      <source>犯罪嫌疑人：</source>
      <translation>Suspects: </translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="123" />
      <source>登记：</source>
      <translation>Registered: </translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="124" />
      <source>简要案情：</source>
      <translation>Summary: </translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="126" />
      <source>关联案件：</source>
      <translation>Criminal case: </translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="130" />
      <source>被骗合计</source>
      <translation>Lost in all</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="130" />
      <source>已追回</source>
      <translation>recovered</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="131" />
      <source>已返还</source>
      <translation>Returned</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="131" />
      <source>尚欠被害人</source>
      <translation>still owed to victims</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="132" />
      <source>现可返还</source>
      <translation>available to return</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="134" />
      <source>待发还</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="135" />
      <location filename="../../ui/restitution/case_view.py" line="182" />
      <source>元</source>
      <translation>yuan</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="141" />
      <source>被害人的损失已全部返还。</source>
      <translation>The victims' losses have all been returned.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="141" />
      <source>请先登记被害人。</source>
      <translation>Add the victims first.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_view.py" line="143" />
      <source>没有可返还的赃款：已追回的都已返还或已列入待发还的集中返赃，请先登记追回。</source>
      <translation>No money to return: everything recovered has been returned or promised at a planned joint return. Record recovered money first.</translation>
    </message>
  </context>
  <context>
    <name>RestitutionForms</name>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="41" />
      <source>如 3000、3,000.50 或 3万</source>
      <translation>e.g. 3000 or 3,000.50</translation>
    </message>
  </context>
  <context>
    <name>RestitutionListModel</name>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="12" />
      <source>案件编号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="13" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="14" />
      <source>简要案情</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="15" />
      <source>被害人</source>
      <translation>Victims</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="16" />
      <source>被骗（元）</source>
      <translation>Lost (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="17" />
      <source>已追回（元）</source>
      <translation>Recovered (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="18" />
      <source>已返还（元）</source>
      <translation>Returned (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="19" />
      <source>尚欠（元）</source>
      <translation>Still owed (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_list.py" line="20" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>RestitutionPage</name>
    <message>
      <location filename="../../ui/restitution/page.py" line="59" />
      <source>新建案件</source>
      <translation>New case</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/page.py" line="61" />
      <source>还没有返赃案件。追回赃款后，按 Ctrl+N 新建案件，登记被害人和追回的款项。</source>
      <translation>No restitution cases yet. Once money is recovered, press Ctrl+N to open a case and record the victims and the recovery.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/page.py" line="62" />
      <source>还没有返赃案件。</source>
      <translation>No restitution cases yet.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/page.py" line="66" />
      <source>查找：编号、案情、嫌疑人或被害人姓名（Ctrl+F）</source>
      <translation>Find: number, summary, suspect or victim name (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/page.py" line="67" />
      <source>共 {n} 件</source>
      <translation>{n} cases</translation>
    </message>
  </context>
  <context>
    <name>RestitutionTabs</name>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="37" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="37" />
      <location filename="../../ui/restitution/case_tabs.py" line="43" />
      <location filename="../../ui/restitution/case_tabs.py" line="48" />
      <location filename="../../ui/restitution/case_tabs.py" line="103" />
      <source>被害人</source>
      <translation>Victims</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="37" />
      <source>所在地</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="37" />
      <source>居民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="37" />
      <source>被骗（元）</source>
      <translation>Lost (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="38" />
      <source>已返还（元）</source>
      <translation>Returned (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="38" />
      <source>待发还（元）</source>
      <translation>Pending (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="38" />
      <source>尚欠（元）</source>
      <translation>Still owed (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="42" />
      <source>修改被害人…</source>
      <translation>Edit victim…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="44" />
      <source>追回日期</source>
      <translation>Recovered on</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="44" />
      <location filename="../../ui/restitution/case_tabs.py" line="48" />
      <source>金额（元）</source>
      <translation>Amount (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="44" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="45" />
      <source>登记人</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="45" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="46" />
      <source>删除追回记录…</source>
      <translation>Remove recovered money…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="47" />
      <location filename="../../ui/restitution/case_tabs.py" line="103" />
      <source>追回</source>
      <translation>Recovered</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="48" />
      <location filename="../../ui/restitution/case_tabs.py" line="52" />
      <source>返还日期</source>
      <translation>Returned on</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="49" />
      <location filename="../../ui/restitution/case_tabs.py" line="53" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="49" />
      <source>签收</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="49" />
      <source>发还人</source>
      <translation>Handed over by</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="49" />
      <source>方式</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="51" />
      <location filename="../../ui/restitution/case_tabs.py" line="103" />
      <source>返还记录</source>
      <translation>Returns</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="52" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="52" />
      <source>人数</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="53" />
      <source>合计（元）</source>
      <translation>Total (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="53" />
      <source>校验码</source>
      <translation>Verification code</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="55" />
      <source>打印签收单…</source>
      <translation>Print receipt sheet…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="56" />
      <source>签收并标记已返还…</source>
      <translation>Signed: mark returned…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="57" />
      <source>取消这次返还…</source>
      <translation>Cancel this return…</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="59" />
      <location filename="../../ui/restitution/case_tabs.py" line="90" />
      <location filename="../../ui/restitution/case_tabs.py" line="104" />
      <source>集中返赃</source>
      <translation>Joint return</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="81" />
      <source>是</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="90" />
      <source>单笔</source>
      <translation>single</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="92" />
      <source>已签收</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/case_tabs.py" line="100" />
      <source>标记已返还：</source>
      <translation>Marked returned: </translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="21" />
      <source>从备份恢复</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="24" />
      <source>用 {time} 的备份替换当前数据库？</source>
      <translation>Replace the current database with the backup of {time}?</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="36" />
      <source>备份文件：</source>
      <translation>Backup file:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="37" />
      <source>类型：</source>
      <translation>Kind:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="38" />
      <source>大小：</source>
      <translation>Size:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="39" />
      <source>派出所：</source>
      <translation>Station:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="40" />
      <source>数据结构版本：</source>
      <translation>Schema version:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="43" />
      <source>备份中的记录（括号内为当前数据库）</source>
      <translation>Records in the backup (current database in brackets)</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="43" />
      <source>备份中的记录</source>
      <translation>Records in the backup</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="55" />
      <source>：</source>
      <translation>:</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="59" />
      <source>恢复前，当前数据库会先完整另存一份到备份文件夹（类型“恢复前保留”），需要时可以再恢复回来。恢复后程序回到登录界面，请重新登录；备份之后录入的内容不在恢复的数据中。</source>
      <translation>Before restoring, the current database is saved in full to the backup folder (kind “Kept before restore”), so it can be restored again if needed. Afterwards the program returns to the login: log in again. Anything entered after the backup was taken is not in the restored data.</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="62" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../ui/backup/restore_dialog.py" line="62" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="217" />
      <source>登记返还</source>
      <translation>Record a return</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="222" />
      <source>{name}（尚欠 {amount} 元）</source>
      <translation>{name} (owed {amount} yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="227" />
      <source>被害人*</source>
      <translation>Victim*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="228" />
      <source>返还金额*</source>
      <translation>Amount returned*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="230" />
      <source>本案现可返还 {amount} 元</source>
      <translation>{amount} yuan available to return on this case</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="233" />
      <source>返还日期*</source>
      <translation>Date*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="234" />
      <source>发还人*</source>
      <translation>Handed over by*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="236" />
      <source>签收</source>
      <translation>Acknowledged</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="237" />
      <source>被害人已签名按手印</source>
      <translation>The victim signed and pressed a fingerprint</translation>
    </message>
  </context>
  <context>
    <name>RevealDialog</name>
    <message>
      <location filename="../../ui/common/reveal.py" line="19" />
      <source>电话联系本人</source>
      <translation>To call the person</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="20" />
      <source>核对身份</source>
      <translation>To check identity</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="21" />
      <source>制作法律文书</source>
      <translation>To prepare a legal document</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="22" />
      <source>协助调查取证</source>
      <translation>To assist an investigation</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="29" />
      <source>显示完整号码</source>
      <translation>Show full numbers</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="29" />
      <source>显示</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="33" />
      <source>查看{whose}的完整号码会记入审计日志（记录查看人和原因，不记录号码）。</source>
      <translation>Viewing the full numbers of {whose} is recorded in the audit log (who looked and why, never the numbers).</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="46" />
      <source>选择或填写原因</source>
      <translation>Choose or type a reason</translation>
    </message>
    <message>
      <location filename="../../ui/common/reveal.py" line="48" />
      <source>原因*</source>
      <translation>Reason*</translation>
    </message>
  </context>
  <context>
    <name>RiskDialog</name>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="24" />
      <source>风险评估</source>
      <translation>Risk assessment</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="37" />
      <source>风险因素</source>
      <translation>Risk factors</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="46" />
      <source>风险等级</source>
      <translation>Risk level</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="47" />
      <source>说明</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="48" />
      <source>如：乙方酒后扬言报复，双方宗族人数较多</source>
      <translation>e.g. party B threatened revenge while drunk; both families are large</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="52" />
      <source>上次评估：{level}（{who}）</source>
      <translation>Last assessment: {level} ({who})</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/risk_dialog.py" line="68" />
      <source>保存后将提示发出预警通报。</source>
      <translation>You will be asked to send an early warning after saving.</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="23" />
      <source>记录调解</source>
      <translation>Record mediation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="26" />
      <source>第 {n} 次调解：{parties}</source>
      <translation>Mediation session {n}: {parties}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="32" />
      <source>开始时间*</source>
      <translation>Started*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="33" />
      <source>结束时间</source>
      <translation>Ended</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="35" />
      <source>调解地点*</source>
      <translation>Place*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="36" />
      <source>如：查干陶勒盖嘎查委员会、派出所调解室</source>
      <translation>e.g. Chagantaolegai gacha committee, the station's mediation room</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="37" />
      <source>调解人*</source>
      <translation>Mediators*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="39" />
      <source>多人用“、”分隔</source>
      <translation>Separate several with “、”</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="40" />
      <source>记录人</source>
      <translation>Note-taker</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="42" />
      <source>参加人</source>
      <translation>Others present</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="43" />
      <source>其他到场人员，如：嘎查书记 铁明、网格员 乌兰</source>
      <translation>Others present, e.g. gacha secretary Tieming, grid worker Wulan</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="44" />
      <source>告知事项</source>
      <translation>Notices given</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="45" />
      <source>已告知各方当事人在调解中享有的权利和应履行的义务。</source>
      <translation>All parties were told their rights and duties in the mediation.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="47" />
      <source>当事人陈述</source>
      <translation>Statements of the parties</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="61" />
      <source>未满16周岁须有监护人在场，填写其姓名及关系</source>
      <translation>Under 16: a guardian must be present; give the name and relation</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="62" />
      <source>　监护人</source>
      <translation>　Guardian</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="69" />
      <source>查明事实</source>
      <translation>Facts verified</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="70" />
      <source>调解结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="71" />
      <source>达成的协议内容；或未达成的原因，以及当事人可以寻求的途径</source>
      <translation>What was agreed; or why nothing was, and where the parties can go instead</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="88" />
      <source>{n}岁</source>
      <translation>{n} years</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/session_dialog.py" line="89" />
      <source>，未成年</source>
      <translation>, minor</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="171" />
      <source>常规</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="177" />
      <source>备份与恢复</source>
      <translation>Backup and restore</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="182" />
      <source>与县局互认密钥</source>
      <translation>Keys with the county</translation>
    </message>
    <message>
      <location filename="../../ui/settings/settings_page.py" line="187" />
      <source>账户管理</source>
      <translation>Accounts</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../ui/setup_wizard.py" line="31" />
      <source>平安台账 — 首次设置</source>
      <translation>Station Ledger — first start</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="35" />
      <source>欢迎使用平安台账。第一次使用，请填写本所信息并设置管理员账户。
数据将保存在：{db}</source>
      <translation>Welcome to Station Ledger. Please enter the station's details and set up the administrator.
Data will be kept in: {db}</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="41" />
      <source>本所信息</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="43" />
      <source>如：高力板派出所</source>
      <translation>e.g. 高力板派出所</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="44" />
      <source>如：152222-GLB</source>
      <translation>e.g. 152222-GLB</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="45" />
      <source>如：科右中旗</source>
      <translation>e.g. 科右中旗</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="46" />
      <source>如：高力板镇</source>
      <translation>e.g. 高力板镇</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="47" />
      <source>派出所名称*</source>
      <translation>Station name*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="48" />
      <source>单位代码*</source>
      <translation>Station code*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="49" />
      <source>所属旗/县*</source>
      <translation>Banner/county*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="50" />
      <source>所在镇/苏木</source>
      <translation>Town</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="53" />
      <source>管理员账户</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="55" />
      <source>管理员的姓名</source>
      <translation>The administrator's name</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="56" />
      <source>登录用的用户名，如 admin</source>
      <translation>Name to log in with, e.g. admin</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="59" />
      <source>姓名*</source>
      <translation>Full name*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="60" />
      <source>用户名*</source>
      <translation>User name*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="61" />
      <source>密码*</source>
      <translation>Password*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="62" />
      <source>再输一次*</source>
      <translation>Repeat*</translation>
    </message>
    <message>
      <location filename="../../ui/setup_wizard.py" line="63" />
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
    <name>SignDialog</name>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="26" />
      <source>协议签订</source>
      <translation>Agreement signed</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="30" />
      <source>{number}，协议日期 {date}</source>
      <translation>{number}, dated {date}</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="40" />
      <source>签订日期*</source>
      <translation>Signed on*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="41" />
      <source>扫描或拍照的已签协议（可稍后在“附件”中添加）</source>
      <translation>Scan or photo of the signed agreement (can be added later under “Attachments”)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="42" />
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="43" />
      <source>已签协议</source>
      <translation>Signed copy</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="44" />
      <source>签订后将自动安排 7 天和 30 天回访。</source>
      <translation>Follow-ups are scheduled 7 and 30 days after signing.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="50" />
      <source>签字的是校验码为 {code} 的打印件（请与纸上页脚的校验码核对）。</source>
      <translation>The parties sign the printed copy with code {code} (check it against the code in the paper's footer).</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="53" />
      <source>协议在打印（校验码 {code}）之后又修改过：请先重新打印，再让当事人签字。</source>
      <translation>The agreement was changed after it was printed (code {code}): print it again before the parties sign.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="55" />
      <source>协议尚未打印：请先在“调解协议”中预览并打印，再让当事人签字。</source>
      <translation>The agreement has not been printed: preview and print it under Agreement before the parties sign.</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="58" />
      <source>选择已签协议的扫描件</source>
      <translation>Choose the scan of the signed agreement</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/sign_dialog.py" line="69" />
      <source>找不到这个文件，请重新选择。</source>
      <translation>That file cannot be found; please choose it again.</translation>
    </message>
  </context>
  <context>
    <name>StationFilter</name>
    <message>
      <location filename="../../ui/common/station_filter.py" line="20" />
      <source>查看哪个单位的记录（其他单位报送的记录只能查看）</source>
      <translation>Whose records to show (records reported by other units are read-only)</translation>
    </message>
    <message>
      <location filename="../../ui/common/station_filter.py" line="33" />
      <source>全部单位</source>
      <translation>All units</translation>
    </message>
    <message>
      <location filename="../../ui/common/station_filter.py" line="35" />
      <source>本所（{name}）</source>
      <translation>Own unit ({name})</translation>
    </message>
    <message>
      <location filename="../../ui/common/station_filter.py" line="74" />
      <source>其他单位</source>
      <translation>another unit</translation>
    </message>
    <message>
      <location filename="../../ui/common/station_filter.py" line="75" />
      <source>只读：这是{station}报送的记录，本库只能查看，不能修改、办理或打印给当事人签字。</source>
      <translation>Read-only: reported by {station}. It can be viewed here, not changed, worked on or printed for signing.</translation>
    </message>
  </context>
  <context>
    <name>StepDialog</name>
    <message>
      <location filename="../../ui/mediation/step_dialog.py" line="36" />
      <source>案件已被他人修改</source>
      <translation>The case was changed by someone else</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/step_dialog.py" line="37" />
      <source>这个案件刚被其他人修改过（可能在另一台电脑上），您的保存没有生效。
已重新载入最新内容，您填写的内容仍在窗口中，请核对后再保存。</source>
      <translation>Someone else has just changed this case (perhaps on another PC); your save did not take effect.
The latest version has been loaded. What you typed is still in the window: check it and save again.</translation>
    </message>
  </context>
  <context>
    <name>TemperatureSpin</name>
    <message>
      <location filename="../../ui/patrols/widgets.py" line="197" />
      <source>未填</source>
      <translation>missing</translation>
    </message>
  </context>
  <context>
    <name>TermsTable</name>
    <message>
      <location filename="../../ui/mediation/terms_table.py" line="28" />
      <source>协议内容</source>
      <translation>Term</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/terms_table.py" line="28" />
      <source>金额（元）</source>
      <translation>Amount (yuan)</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/terms_table.py" line="28" />
      <source>大写金额</source>
      <translation>Amount in capitals</translation>
    </message>
  </context>
  <context>
    <name>TextStepDialog</name>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="151" />
      <source>开始办理</source>
      <translation>Start handling</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="151" />
      <source>办理记录</source>
      <translation>Handling note</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="151" />
      <source>办结</source>
      <translation>Complete</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="154" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="154" />
      <source>办理情况*</source>
      <translation>What was done*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="155" />
      <source>办理结果*</source>
      <translation>Result*</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="156" />
      <source>可不填</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="156" />
      <source>如：已电话联系来电人，约定明天上门核实</source>
      <translation>E.g. phoned the caller, visiting tomorrow to check</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="157" />
      <source>办了什么、结果如何、怎样答复来电人</source>
      <translation>What was done, the outcome, what the caller was told</translation>
    </message>
    <message>
      <location filename="../../ui/hotline/dialogs.py" line="163" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
  </context>
  <context>
    <name>Urgency</name>
    <message>
      <location filename="../../ui/common/attention.py" line="21" />
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../ui/common/attention.py" line="21" />
      <source>今天到期</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="../../ui/common/attention.py" line="22" />
      <source>高风险</source>
      <translation>High risk</translation>
    </message>
    <message>
      <location filename="../../ui/common/attention.py" line="22" />
      <source>即将到期</source>
      <translation>Due soon</translation>
    </message>
  </context>
  <context>
    <name>UsbExportDialog</name>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="76" />
      <source>导出到U盘</source>
      <translation>Export to USB stick</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="85" />
      <source>把 {period} 的周报（PDF、Excel）和加密数据包写入U盘，写完后读回校验。</source>
      <translation>Writes the summary for {period} (PDF, Excel) and the encrypted data bundle to the stick, then reads them back to check.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="89" />
      <source>写到：</source>
      <translation>Write to:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="94" />
      <source>选择其他文件夹…</source>
      <translation>Other folder…</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="96" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="109" />
      <source>数据包密码：</source>
      <translation>Bundle password:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="110" />
      <source>再输入一次：</source>
      <translation>Password again:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="111" />
      <source>数据包中包含附件（照片、录音、扫描件；文件会大很多）</source>
      <translation>Include attachments in the bundle (photos, recordings, scans; much larger)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="116" />
      <source>新的变更（上次导出之后的全部改动）</source>
      <translation>New changes (everything changed since the last export)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="117" />
      <source>从指定的变更编号起（县局提示缺少变更时）</source>
      <translation>From a given change number (when the county says changes are missing)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="118" />
      <source>全部数据（县局换了新电脑或要求重新导出全部时）</source>
      <translation>All data (a new county computer, or the county asks for everything)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="122" />
      <source>从第 </source>
      <translation>From change no. </translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="123" />
      <source> 号变更起</source>
      <translation> on</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="127" />
      <source>数据包内容：</source>
      <translation>Bundle contains:</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="130" />
      <source>数据包用县局的密钥加密，并由本所签名：不需要密码，只有县局能读。</source>
      <translation>The bundle is encrypted for the county's key and signed by this station: no password, and only the county can read it.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="131" />
      <source>至少 8 个字符。县局导入时要用同一个密码，请另行告知，不要写在U盘上。（在“设置”中与县局互认密钥后，就不再需要密码。）</source>
      <translation>At least 8 characters. The county needs the same password to import: tell it separately, never on the stick. (Once keys are exchanged with the county in Settings, no password is needed.)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="144" />
      <source>开始导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="145" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="154" />
      <source>{name}（{path}，可用 {free}）</source>
      <translation>{name} ({path}, {free} free)</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="158" />
      <source>文件夹：{path}</source>
      <translation>Folder: {path}</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="160" />
      <source>没有找到U盘。请插好U盘后按“刷新”，或选择其他文件夹。</source>
      <translation>No USB stick found. Plug one in and press Refresh, or choose another folder.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="174" />
      <source>选择导出到的文件夹</source>
      <translation>Choose the folder to export to</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="179" />
      <source>找不到“{path}”：这个文件夹不存在。导出不会在本机上新建它。</source>
      <translation>“{path}” was not found: this folder does not exist. The export never creates it on this PC.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="198" />
      <source>请选择要写入的U盘或文件夹。</source>
      <translation>Choose the USB stick or folder to write to.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="200" />
      <source>找不到“{path}”：U盘可能已被拔出。请插好后按“刷新”。</source>
      <translation>“{path}” was not found: the USB stick may have been removed. Plug it in and press Refresh.</translation>
    </message>
    <message>
      <location filename="../../ui/reports/usb_dialog.py" line="205" />
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="111" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="111" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="112" />
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="112" />
      <source>警号</source>
      <translation>Police no.</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="113" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="113" />
      <source>上次登录</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="122" />
      <source>添加账户</source>
      <translation>Add account</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="123" />
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="124" />
      <source>重置密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="125" />
      <location filename="../../ui/accounts/users_page.py" line="171" />
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="152" />
      <source>可用</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="152" />
      <source>已停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../ui/accounts/users_page.py" line="171" />
      <source>启用</source>
      <translation>Enable</translation>
    </message>
  </context>
  <context>
    <name>VictimDialog</name>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="123" />
      <source>修改被害人</source>
      <translation>Edit victim</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="123" />
      <source>登记被害人</source>
      <translation>Add victim</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="126" />
      <source>查找居民</source>
      <translation>Find resident</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="128" />
      <source>本辖区居民：姓名、拼音首字母或身份证号后几位；外地被害人直接填写下面各项</source>
      <translation>A local resident: name, pinyin initials or the last ID digits; for anyone else fill in the fields below</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="134" />
      <source>姓名*</source>
      <translation>Full name*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="135" />
      <source>所在地</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="136" />
      <source>如：山东省聊城市东昌府区</source>
      <translation>e.g. 山东省聊城市东昌府区</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="138" />
      <source>被骗金额*</source>
      <translation>Amount lost*</translation>
    </message>
    <message>
      <location filename="../../ui/restitution/dialogs.py" line="139" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
  </context>
  <context>
    <name>VisitDetailPane</name>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="50" />
      <source>走访对象（按户）</source>
      <translation>People visited (by household)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="53" />
      <source>户 / 姓名</source>
      <translation>Household / name</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="53" />
      <source>身份信息</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="57" />
      <source>发现的情况</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="60" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="60" />
      <source>涉及</source>
      <translation>Concerns</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="60" />
      <source>情况</source>
      <translation>What was found</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="61" />
      <source>矛盾纠纷案件</source>
      <translation>Dispute case</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="75" />
      <source>开立矛盾纠纷…</source>
      <translation>Open a dispute case…</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="76" />
      <source>为选中的矛盾纠纷发现开立调解案件（Ctrl+D）</source>
      <translation>Open a mediation case for the selected dispute finding (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="77" />
      <source>查看案件</source>
      <translation>Show case</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="78" />
      <source>补充发现…</source>
      <translation>Add finding…</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="96" />
      <source>（未选择走访记录）</source>
      <translation>(no visit selected)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="102" />
      <source>{date}  {officer}  走访 {households} 户 {people} 人</source>
      <translation>{date}  {officer}  {households} households, {people} people</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="105" />
      <source>入户宣传：</source>
      <translation>Publicity at the door: </translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="106" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="108" />
      <source>备注：</source>
      <translation>Note: </translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="109" />
      <source>录入人：</source>
      <translation>Entered by: </translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_detail.py" line="136" />
      <source>未开立</source>
      <translation>not opened</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="43" />
      <source>记录走访</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="56" />
      <source>走访民警*</source>
      <translation>Officer*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="59" />
      <source>走访日期*</source>
      <translation>Date*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="73" />
      <source>入户宣传</source>
      <translation>Publicity at the door</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="77" />
      <source> 份</source>
      <translation> copies</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="78" />
      <source>发放资料</source>
      <translation>Leaflets handed out</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="79" />
      <source>其他情况，如：登记家庭成员变动，留下警民联系卡</source>
      <translation>Anything else, e.g. family changes noted, contact card left</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="81" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="84" />
      <source>发现的情况（矛盾纠纷保存后可开立案件）</source>
      <translation>Findings (a dispute can become a case after saving)</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="90" />
      <source>走访对象（按户）*</source>
      <translation>People visited (by household)*</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="99" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_dialog.py" line="99" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Visits</name>
    <message>
      <location filename="../../ui/visits/labels.py" line="19" />
      <source>安全隐患</source>
      <translation>Hazard</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="20" />
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="21" />
      <source>社情民意</source>
      <translation>Public opinion</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="22" />
      <source>困难帮扶</source>
      <translation>Needs help</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="23" />
      <source>违法犯罪线索</source>
      <translation>Crime lead</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="24" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../ui/visits/labels.py" line="50" />
      <source>，资料 {n} 份</source>
      <translation>, {n} leaflets</translation>
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <location filename="../../ui/visits/page.py" line="30" />
      <source>走访（百万警进千万家）</source>
      <translation>Household visits</translation>
    </message>
    <message>
      <location filename="../../ui/visits/page.py" line="31" />
      <source>普法宣传</source>
      <translation>Legal awareness</translation>
    </message>
  </context>
  <context>
    <name>VisitsTab</name>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="22" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="23" />
      <source>民警</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="24" />
      <source>户数</source>
      <translation>Households</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="25" />
      <source>走访对象</source>
      <translation>People visited</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="26" />
      <source>发现</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="27" />
      <source>入户宣传</source>
      <translation>Publicity at the door</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="48" />
      <source>还没有走访记录。入户走访回来后，按 Ctrl+N 记录走访的户、人和发现的情况。</source>
      <translation>No visits yet. After visiting households, press Ctrl+N to record the households, people and findings.</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="49" />
      <source>还没有走访记录。</source>
      <translation>No visits yet.</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="51" />
      <source>记录走访</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../../ui/visits/visit_tab.py" line="52" />
      <source>查找：居民姓名、户、民警、发现的情况（Ctrl+F）</source>
      <translation>Find: resident, household, officer, finding (Ctrl+F)</translation>
    </message>
  </context>
  <context>
    <name>WarningDialog</name>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="22" />
      <source>预警通报</source>
      <translation>Early warning</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="24" />
      <source>如：司法所、妇联、嘎查委员会</source>
      <translation>e.g. justice office, women's federation, gacha committee</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="25" />
      <source>通报对象*</source>
      <translation>Recipient*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="26" />
      <source>通报内容*</source>
      <translation>Content*</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="28" />
      <source>通报时间</source>
      <translation>Sent at</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/warning_dialogs.py" line="34" />
      <source>，风险等级：{level}</source>
      <translation>, risk level: {level}</translation>
    </message>
  </context>
  <context>
    <name>WarningPrompt</name>
    <message>
      <location filename="../../ui/mediation/actions.py" line="89" />
      <source>发出预警通报</source>
      <translation>Send an early warning</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/actions.py" line="90" />
      <source>风险等级为“{level}”。按规定应及时向有关部门发出预警通报。
现在就发出吗？</source>
      <translation>The risk level is “{level}”. An early warning should be sent to the departments concerned promptly.
Send it now?</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/actions.py" line="92" />
      <source>立即发出</source>
      <translation>Send now</translation>
    </message>
    <message>
      <location filename="../../ui/mediation/actions.py" line="93" />
      <source>稍后</source>
      <translation>Later</translation>
    </message>
  </context>
  <context>
    <name>WriterWaitDialog</name>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="28" />
      <source>请稍候</source>
      <translation>Please wait</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="35" />
      <source>等它完成后会自动继续保存。也可以取消，窗口中填写的内容会保留。</source>
      <translation>Saving continues by itself when it is done. You can also cancel; what you typed stays in the form.</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="41" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="60" />
      <source>另一项{task}正在进行（已 {n} 秒）…</source>
      <translation>Another {task} is in progress ({n} s so far)…</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="61" />
      <source>另一台电脑或另一个程序正在保存数据（已等待 {n} 秒）…</source>
      <translation>Another computer or program is saving (waiting for {n} s)…</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="62" />
      <source>另一项工作正在保存数据（已等待 {n} 秒）…</source>
      <translation>Other work is saving (waiting for {n} s)…</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="63" />
      <source>已取消：没有保存。窗口中填写的内容仍保留，可以稍后再保存。</source>
      <translation>Cancelled: nothing was saved. What you typed is still in the form; you can save later.</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="111" />
      <source>居民导入</source>
      <translation>residents import</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="112" />
      <source>工单导入</source>
      <translation>hotline import</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="113" />
      <source>数据包导入</source>
      <translation>bundle import</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="114" />
      <source>演示数据载入</source>
      <translation>demo data load</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="115" />
      <source>备份恢复</source>
      <translation>restore</translation>
    </message>
    <message>
      <location filename="../../ui/common/writer_wait.py" line="116" />
      <source>居民合并</source>
      <translation>residents merge</translation>
    </message>
  </context>
  <context>
    <name>_PrivacyCover</name>
    <message>
      <location filename="../../ui/main_window.py" line="310" />
      <source>已锁定</source>
      <translation>Locked</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../ui/backup/__init__.py" line="12" />
      <source>每日自动</source>
      <translation>Daily (automatic)</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="12" />
      <source>退出时</source>
      <translation>On exit</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="13" />
      <source>手动</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="13" />
      <source>升级前</source>
      <translation>Before upgrade</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="14" />
      <source>恢复前保留</source>
      <translation>Kept before restore</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="15" />
      <source>居民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="15" />
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="16" />
      <source>巡逻</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="16" />
      <source>12345工单</source>
      <translation>12345 hotline</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="17" />
      <source>返赃案件</source>
      <translation>Restitution cases</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="17" />
      <source>走访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="18" />
      <source>账户</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="../../ui/backup/__init__.py" line="18" />
      <source>审计记录</source>
      <translation>Audit entries</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../ui/common/errors.py" line="44" />
      <source>数据库问题</source>
      <translation>Database problem</translation>
    </message>
    <message>
      <location filename="../../ui/common/errors.py" line="45" />
      <source>无法完成</source>
      <translation>Could not be done</translation>
    </message>
  </context>
  <context>
    <name>EncryptionDialogs</name>
    <message>
      <source>备份文件夹里还有 {count} 份没有加密的旧备份（包括刚才加密前做的那份）。
把它们换成加密的吗？换好后只有本所账户的密码或恢复密钥能打开。</source>
      <translation>The backup folder still holds {count} unencrypted backups (including the one just made before encrypting).
Replace them with encrypted ones? Afterwards only this station's passwords or the recovery key open them.</translation>
    </message>
    <message>
      <source>已把 {count} 份旧备份换成加密的。</source>
      <translation>{count} old backups were replaced with encrypted ones.</translation>
    </message>
    <message>
      <source>平安台账 — 其他账户</source>
      <translation>Station Ledger — Other accounts</translation>
    </message>
    <message>
      <source>平安台账 — 旧备份</source>
      <translation>Station Ledger — Old backups</translation>
    </message>
    <message>
      <source>未能加密：</source>
      <translation>Could not encrypt:</translation>
    </message>
    <message>
      <source>这些账户的密码还打不开加密的数据库：{names}。
请在“账户管理”中为他们重设密码，或让他们在本次程序运行时用“切换用户”登录一次。</source>
      <translation>These accounts' passwords do not open the encrypted database yet: {names}.
Reset their passwords under Accounts, or let them log in once with "Switch user" while the program runs.</translation>
    </message>
  </context>
  <context>
    <name>StepPages</name>
    <message>
      <source>-有误的行</source>
      <translation>-rejected</translation>
    </message>
    <message>
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <source>上一步</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>保存有误的行</source>
      <translation>Save rejected rows</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>已保存到 {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <source>文件路径</source>
      <translation>File path</translation>
    </message>
    <message>
      <source>请选择要导入的文件。</source>
      <translation>Please choose the file to import.</translation>
    </message>
    <message>
      <source>选择文件…</source>
      <translation>Choose file…</translation>
    </message>
  </context>
  <context>
    <name>Core</name>
    <message>
      <source>110/电话报警</source>
      <translation>110 call</translation>
    </message>
    <message>
      <source>12345工单</source>
      <translation>12345 hotline</translation>
    </message>
    <message>
      <source>12345转办</source>
      <translation>From 12345</translation>
    </message>
    <message>
      <source>{amount} 元</source>
      <translation>{amount} yuan</translation>
    </message>
    <message>
      <source>{day} 不在节假日日历中。</source>
      <translation>{day} is not in the holiday calendar.</translation>
    </message>
    <message>
      <source>{day} 应回访</source>
      <translation>Follow-up due {day}</translation>
    </message>
    <message>
      <source>{day} 是周{weekday}，本来就是工作日，无需设为调休上班。</source>
      <translation>{day} is a weekday anyway: there is no need to make it a working day.</translation>
    </message>
    <message>
      <source>{day}（{n}个工作日）</source>
      <translation>{day} ({n} working days)</translation>
    </message>
    <message>
      <source>{gender}  {rest}</source>
      <translation>{gender}  {rest}</translation>
    </message>
    <message>
      <source>{kind} {number}，{n} 条</source>
      <translation>{kind} {number}, {n} terms</translation>
    </message>
    <message>
      <source>{kind} {number}，{n} 条，金额合计 {amount} 元</source>
      <translation>{kind} {number}, {n} terms, {amount} yuan in all</translation>
    </message>
    <message>
      <source>{km} 公里用时 {duration}，平均每小时约 {speed} 公里，不可能是一次巡逻。请核对里程（单位是公里）和起止时间。</source>
      <translation>{km} km in {duration} is about {speed} km an hour: no patrol goes that fast. Check the distance (in km) and the start and end times.</translation>
    </message>
    <message>
      <source>{label_all}（{unit}）</source>
      <translation>{label_all} ({unit})</translation>
    </message>
    <message>
      <source>{label}不能为负数。</source>
      <translation>{label} cannot be negative.</translation>
    </message>
    <message>
      <source>{label}不能晚于今天（{today}），请核对日期。</source>
      <translation>{label} cannot be later than today ({today}): check the date.</translation>
    </message>
    <message>
      <source>{label}不能晚于现在。</source>
      <translation>{label}: cannot be later than now.</translation>
    </message>
    <message>
      <source>{label}应为整数：{value}</source>
      <translation>{label} should be a whole number: {value}</translation>
    </message>
    <message>
      <source>{label}必须大于零（填写的是 {value}）。</source>
      <translation>{label} must be more than zero (entered: {value}).</translation>
    </message>
    <message>
      <source>{label}无法识别。</source>
      <translation>{label}: not recognised.</translation>
    </message>
    <message>
      <source>{label}无法识别，请写成 2026-11-28 21:30。</source>
      <translation>{label}: not recognised, write it as 2026-11-28 21:30.</translation>
    </message>
    <message>
      <source>{label}未填写，不能打印。</source>
      <translation>{label} is missing: it cannot be printed.</translation>
    </message>
    <message>
      <source>{label}超过 1 亿元，请检查是否多输入了数字。</source>
      <translation>{label} is over 100 million yuan: check for an extra digit.</translation>
    </message>
    <message>
      <source>{label}（{day}）不能晚于今天（{today}）。</source>
      <translation>{label} ({day}) cannot be later than today ({today}).</translation>
    </message>
    <message>
      <source>{label}（{day}）太早了，请核对年份。</source>
      <translation>{label} ({day}) is too early: check the year.</translation>
    </message>
    <message>
      <source>{label}（{value}）过大，请核对（最多 {max}）。</source>
      <translation>{label} ({value}) is too large: check it (at most {max}).</translation>
    </message>
    <message>
      <source>{level}风险 · {category} · {state}</source>
      <translation>{level} risk · {category} · {state}</translation>
    </message>
    <message>
      <source>{level}风险 · {category} · {state}，尚未发出预警通报</source>
      <translation>{level} risk · {category} · {state}, no early warning sent yet</translation>
    </message>
    <message>
      <source>{message}。号码以000结尾，很可能是身份证号被Excel存成了数字，末几位已丢失；{fix}</source>
      <translation>{message}. The number ends in 000: Excel probably stored it as a number and lost its last digits; {fix}</translation>
    </message>
    <message>
      <source>{message}。身份证号被Excel存成了数字（{value}），Excel只保留15位有效数字，末几位可能已丢失；{fix}</source>
      <translation>{message}. Excel stored the ID number as a number ({value}) and keeps only 15 digits, so the last ones may be lost; {fix}</translation>
    </message>
    <message>
      <source>{message}（PostgreSQL 的加密由服务器负责。）</source>
      <translation>{message} (On PostgreSQL the server encrypts the data.)</translation>
    </message>
    <message>
      <source>{name}    {role} {number}</source>
      <translation>{name}    {role} {number}</translation>
    </message>
    <message>
      <source>{name}已经是本案的被害人。</source>
      <translation>{name} is already a victim in this case.</translation>
    </message>
    <message>
      <source>{name}已返还 {returned}{promised}，被骗金额不能改为少于 {least}（填写的是 {value}）。</source>
      <translation>{name} has been returned {returned}{promised}: the amount lost cannot be less than {least} (entered: {value}).</translation>
    </message>
    <message>
      <source>{name}的返还金额应大于零且不超过 1 亿元。</source>
      <translation>The amount returned to {name} should be more than zero and at most 100 million yuan.</translation>
    </message>
    <message>
      <source>{name}（{role}）</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <source>{number} {category}（{source}）</source>
      <translation>{number} {category} ({source})</translation>
    </message>
    <message>
      <source>{number} {category}（{source}），当事人 {names}</source>
      <translation>{number} {category} ({source}), parties {names}</translation>
    </message>
    <message>
      <source>{n} 分钟</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>{n} 天后到期 · {rest}</source>
      <translation>Due in {n} days · {rest}</translation>
    </message>
    <message>
      <source>{n} 小时</source>
      <translation>{n} hours</translation>
    </message>
    <message>
      <source>{n}个工作日</source>
      <translation>{n} working days</translation>
    </message>
    <message>
      <source>{n}天</source>
      <translation>{n} days</translation>
    </message>
    <message>
      <source>{recipient}已签收（{who}）</source>
      <translation>{recipient} acknowledged ({who})</translation>
    </message>
    <message>
      <source>{role} {rest}</source>
      <translation>{role} {rest}</translation>
    </message>
    <message>
      <source>{status} · {category}：{content}</source>
      <translation>{status} · {category}: {content}</translation>
    </message>
    <message>
      <source>{status} · {office} · {category}：{content}</source>
      <translation>{status} · {office} · {category}: {content}</translation>
    </message>
    <message>
      <source>{team} {kind}巡逻 {start} 开始，已 {hours} 小时未结束（带队：{leader}），请结束巡逻并填写实际结束时间。</source>
      <translation>{team}: {kind} patrol started {start}, not ended for {hours} hours (led by {leader}). Please end it and enter the real end time.</translation>
    </message>
    <message>
      <source>{year} 年没有第 {week} 周。</source>
      <translation>{year} has no week {week}.</translation>
    </message>
    <message>
      <source>{year}年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <source>{year}年{month}月</source>
      <translation>{month}/{year}</translation>
    </message>
    <message>
      <source>{year}年第{week}周</source>
      <translation>Week {week} of {year}</translation>
    </message>
    <message>
      <source>“{name}”已存在。</source>
      <translation>“{name}” already exists.</translation>
    </message>
    <message>
      <source>“{name}”的账户已停用，请选择其他民警。</source>
      <translation>“{name}”'s account is disabled: choose another officer.</translation>
    </message>
    <message>
      <source>“{name}”被重复添加。</source>
      <translation>“{name}” was added twice.</translation>
    </message>
    <message>
      <source>“{team}”已停用，不能再记录新的巡逻。</source>
      <translation>“{team}” is retired: no new patrols can be recorded for it.</translation>
    </message>
    <message>
      <source>一事一策逾期：{measures}（{who}）</source>
      <translation>Plan overdue: {measures} ({who})</translation>
    </message>
    <message>
      <source>一事一策：{responsible}，{due} 前</source>
      <translation>Plan: {responsible}, by {due}</translation>
    </message>
    <message>
      <source>一次走访最多记录 {n} 人，请分几次记录。</source>
      <translation>A visit records at most {n} people: record it in several visits.</translation>
    </message>
    <message>
      <source>不予调解</source>
      <translation>Not mediable</translation>
    </message>
    <message>
      <source>不予调解：{reason}</source>
      <translation>Not mediable: {reason}</translation>
    </message>
    <message>
      <source>不满意</source>
      <translation>Unsatisfied</translation>
    </message>
    <message>
      <source>不能停用自己正在使用的账户。</source>
      <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
      <source>不能把一条记录合并到它自己。</source>
      <translation>A record cannot be merged into itself.</translation>
    </message>
    <message>
      <source>东乡族</source>
      <translation>Dongxiang</translation>
    </message>
    <message>
      <source>严寒</source>
      <translation>Severe cold</translation>
    </message>
    <message>
      <source>中</source>
      <translation>Medium</translation>
    </message>
    <message>
      <source>主持人</source>
      <translation>The presiding mediator</translation>
    </message>
    <message>
      <source>主题“{topic}…”过长（最多 {n} 个字）。</source>
      <translation>The topic “{topic}…” is too long (at most {n} characters).</translation>
    </message>
    <message>
      <source>义警</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <source>义警/群防队</source>
      <translation>Volunteer team</translation>
    </message>
    <message>
      <source>义警时长</source>
      <translation>Volunteer time</translation>
    </message>
    <message>
      <source>义警（志愿者）参与</source>
      <translation>Volunteers taking part</translation>
    </message>
    <message>
      <source>乌孜别克族</source>
      <translation>Uzbek</translation>
    </message>
    <message>
      <source>乙方</source>
      <translation>Party B</translation>
    </message>
    <message>
      <source>乡镇政府</source>
      <translation>Township government</translation>
    </message>
    <message>
      <source>事由</source>
      <translation>The matter</translation>
    </message>
    <message>
      <source>交警中队</source>
      <translation>Traffic police squad</translation>
    </message>
    <message>
      <source>交通事故</source>
      <translation>Traffic accident</translation>
    </message>
    <message>
      <source>交通安全</source>
      <translation>Traffic safety</translation>
    </message>
    <message>
      <source>京族</source>
      <translation>Gin</translation>
    </message>
    <message>
      <source>亲属代为退赔</source>
      <translation>Paid back by relatives</translation>
    </message>
    <message>
      <source>人</source>
      <translation>people</translation>
    </message>
    <message>
      <source>人数多，可能引发群体性事件</source>
      <translation>Many people; could become a group incident</translation>
    </message>
    <message>
      <source>人民调解协议书</source>
      <translation>People's mediation agreement</translation>
    </message>
    <message>
      <source>人民调解委员会</source>
      <translation>People's mediation committee</translation>
    </message>
    <message>
      <source>今天到期</source>
      <translation>Due today</translation>
    </message>
    <message>
      <source>今天到期 · {rest}</source>
      <translation>Due today · {rest}</translation>
    </message>
    <message>
      <source>今天应回访</source>
      <translation>Follow-up due today</translation>
    </message>
    <message>
      <source>从备份恢复数据库</source>
      <translation>restore the database from a backup</translation>
    </message>
    <message>
      <source>仡佬族</source>
      <translation>Gelao</translation>
    </message>
    <message>
      <source>仫佬族</source>
      <translation>Mulao</translation>
    </message>
    <message>
      <source>件</source>
      <translation>cases</translation>
    </message>
    <message>
      <source>份</source>
      <translation>copies</translation>
    </message>
    <message>
      <source>份数应为 1 到 10。</source>
      <translation>The number of copies must be 1 to 10.</translation>
    </message>
    <message>
      <source>低</source>
      <translation>Low</translation>
    </message>
    <message>
      <source>低保户</source>
      <translation>Minimum-income household</translation>
    </message>
    <message>
      <source>住建部门（物业监管）</source>
      <translation>Housing department (property)</translation>
    </message>
    <message>
      <source>佤族</source>
      <translation>Wa</translation>
    </message>
    <message>
      <source>使用手册缺少这些截图：{names}（{folder}）</source>
      <translation>The user manual lacks these screenshots: {names} ({folder})</translation>
    </message>
    <message>
      <source>侗族</source>
      <translation>Dong</translation>
    </message>
    <message>
      <source>供热公司</source>
      <translation>Heating company</translation>
    </message>
    <message>
      <source>依法行政处理</source>
      <translation>Administrative handling</translation>
    </message>
    <message>
      <source>侵占</source>
      <translation>Embezzlement</translation>
    </message>
    <message>
      <source>俄罗斯族</source>
      <translation>Russian</translation>
    </message>
    <message>
      <source>保安族</source>
      <translation>Bonan</translation>
    </message>
    <message>
      <source>修改设置</source>
      <translation>change settings</translation>
    </message>
    <message>
      <source>债权债务</source>
      <translation>Debts</translation>
    </message>
    <message>
      <source>傈僳族</source>
      <translation>Lisu</translation>
    </message>
    <message>
      <source>傣族</source>
      <translation>Dai</translation>
    </message>
    <message>
      <source>儿媳</source>
      <translation>Daughter-in-law</translation>
    </message>
    <message>
      <source>元</source>
      <translation>yuan</translation>
    </message>
    <message>
      <source>兄弟</source>
      <translation>Brother</translation>
    </message>
    <message>
      <source>入户</source>
      <translation>Households</translation>
    </message>
    <message>
      <source>入户宣传</source>
      <translation>Publicity at the door</translation>
    </message>
    <message>
      <source>公里</source>
      <translation>km</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>其他亲属</source>
      <translation>Other relative</translation>
    </message>
    <message>
      <source>内容过长（最多 {limit} 个字）。</source>
      <translation>Too long (at most {limit} characters).</translation>
    </message>
    <message>
      <source>写入新居民 {progress}</source>
      <translation>Writing new residents {progress}</translation>
    </message>
    <message>
      <source>写入新工单 {progress}</source>
      <translation>Writing new orders {progress}</translation>
    </message>
    <message>
      <source>冬季供暖</source>
      <translation>Winter heating</translation>
    </message>
    <message>
      <source>冻结账户返还</source>
      <translation>From a frozen account</translation>
    </message>
    <message>
      <source>出生日期与身份证号不符：身份证号显示为 {day}。</source>
      <translation>The birth date does not match the ID number, which says {day}.</translation>
    </message>
    <message>
      <source>出生日期无效：{value}</source>
      <translation>The birth date is not valid: {value}</translation>
    </message>
    <message>
      <source>出生日期晚于今天：{value}</source>
      <translation>The birth date is after today: {value}</translation>
    </message>
    <message>
      <source>出生日期过早：{value}</source>
      <translation>The birth date is too early: {value}</translation>
    </message>
    <message>
      <source>分期支付</source>
      <translation>In instalments</translation>
    </message>
    <message>
      <source>分配方式应为：{choices}</source>
      <translation>The allocation should be one of: {choices}</translation>
    </message>
    <message>
      <source>剩余风险应为：{choices}</source>
      <translation>The remaining risk should be one of: {choices}</translation>
    </message>
    <message>
      <source>办案单位</source>
      <translation>The station</translation>
    </message>
    <message>
      <source>办理12345工单</source>
      <translation>handle 12345 hotline orders</translation>
    </message>
    <message>
      <source>办理中</source>
      <translation>Handling</translation>
    </message>
    <message>
      <source>办理时限应为 1 到 {max} 天：{value}</source>
      <translation>The time allowed should be 1 to {max} days: {value}</translation>
    </message>
    <message>
      <source>办理期限 {deadline} 已经过去。新登记的工单期限不能早于今天；补录已过期的历史工单请从平台导出后导入。</source>
      <translation>The deadline {deadline} has passed. A new order's deadline cannot be before today; to add old, overdue orders, export them from the platform and import them.</translation>
    </message>
    <message>
      <source>办理期限 {deadline} 早于受理日期 {day}。</source>
      <translation>The deadline {deadline} is before the day received, {day}.</translation>
    </message>
    <message>
      <source>办理矛盾纠纷（评估、调解、协议、回访）</source>
      <translation>handle disputes (assessment, mediation, agreements, follow-ups)</translation>
    </message>
    <message>
      <source>办理记录</source>
      <translation>Handling note</translation>
    </message>
    <message>
      <source>办结</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>办结（结案或调解不成）</source>
      <translation>Ended (closed or failed)</translation>
    </message>
    <message>
      <source>加密数据库</source>
      <translation>encrypt the database</translation>
    </message>
    <message>
      <source>劳动保障</source>
      <translation>Labour rights</translation>
    </message>
    <message>
      <source>劳资纠纷</source>
      <translation>Wages and labour</translation>
    </message>
    <message>
      <source>协议 {number} 已于 {day} 签订，安排回访（{plan}）</source>
      <translation>Agreement {number} signed on {day}; follow-ups planned ({plan})</translation>
    </message>
    <message>
      <source>协议份数至少为 1 份。</source>
      <translation>At least one copy.</translation>
    </message>
    <message>
      <source>协议内容（条款）未填写，不能打印。</source>
      <translation>The agreement has no terms: it cannot be printed.</translation>
    </message>
    <message>
      <source>协议在打印（校验码 {code}）之后又修改过，请重新打印给当事人签字。</source>
      <translation>The agreement was changed after it was printed (verification code {code}): print it again for the parties to sign.</translation>
    </message>
    <message>
      <source>协议尚未打印，请先打印给当事人签字。</source>
      <translation>The agreement has not been printed: print it for the parties to sign first.</translation>
    </message>
    <message>
      <source>协议尚未确认履行完毕，结案须写明原因。</source>
      <translation>The agreement is not confirmed as performed: closing needs a reason.</translation>
    </message>
    <message>
      <source>协议尚未起草或已签订。</source>
      <translation>the agreement is not drafted yet, or already signed.</translation>
    </message>
    <message>
      <source>协议已签订，不能再修改。</source>
      <translation>The agreement is signed and can no longer be changed.</translation>
    </message>
    <message>
      <source>协议种类“{kind}”不存在（应为治安调解或人民调解）。</source>
      <translation>There is no agreement kind “{kind}” (police or people's mediation).</translation>
    </message>
    <message>
      <source>协议签订后才能回访。</source>
      <translation>follow-ups come after the agreement is signed.</translation>
    </message>
    <message>
      <source>协议编号</source>
      <translation>The agreement number</translation>
    </message>
    <message>
      <source>单位代码须为 2-32 位字母、数字、下划线或减号（如 152222-GLB）。</source>
      <translation>The station code has 2 to 32 letters, digits, underscores or hyphens (e.g. 152222-GLB).</translation>
    </message>
    <message>
      <source>单元长须填写楼栋和单元。</source>
      <translation>A unit head needs the building and the unit.</translation>
    </message>
    <message>
      <source>即将到期</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <source>原因过长（最多 {n} 个字）。</source>
      <translation>The reason is too long (at most {n} characters).</translation>
    </message>
    <message>
      <source>原密码不正确。</source>
      <translation>The current password is wrong.</translation>
    </message>
    <message>
      <source>参与人员</source>
      <translation>People taking part</translation>
    </message>
    <message>
      <source>参加人员的标识不对。</source>
      <translation>A person on the patrol is not valid.</translation>
    </message>
    <message>
      <source>反映人类型不对。</source>
      <translation>The kind of reporter is not valid.</translation>
    </message>
    <message>
      <source>反映时间不能晚于现在。</source>
      <translation>The time reported cannot be later than now.</translation>
    </message>
    <message>
      <source>反电诈</source>
      <translation>Anti-fraud</translation>
    </message>
    <message>
      <source>发出预警通报</source>
      <translation>Early warnings sent</translation>
    </message>
    <message>
      <source>发放了宣传资料，请勾选宣传内容（如反电诈）。</source>
      <translation>Leaflets were handed out: tick what they were about (e.g. anti-fraud).</translation>
    </message>
    <message>
      <source>发放资料</source>
      <translation>Leaflets handed out</translation>
    </message>
    <message>
      <source>发放资料份数</source>
      <translation>Leaflets handed out</translation>
    </message>
    <message>
      <source>发现时间</source>
      <translation>Time found</translation>
    </message>
    <message>
      <source>发现时间须在这次巡逻期间（{start} 至 {end}）。</source>
      <translation>The time found must be during this patrol ({start} to {end}).</translation>
    </message>
    <message>
      <source>发还人</source>
      <translation>Handed over by</translation>
    </message>
    <message>
      <source>发还笔数</source>
      <translation>Returns</translation>
    </message>
    <message>
      <source>发还金额</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>受众人数</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>受理时间不能晚于现在。</source>
      <translation>The time received cannot be later than now.</translation>
    </message>
    <message>
      <source>只有“矛盾纠纷”类的发现可以开立案件。</source>
      <translation>Only a finding of the dispute kind can open a case.</translation>
    </message>
    <message>
      <source>只有已转派或办理中的工单才能记录办理情况。</source>
      <translation>only dispatched orders or orders being handled take handling notes.</translation>
    </message>
    <message>
      <source>只有调解中的案件才能记为调解不成。</source>
      <translation>only a case under mediation can be recorded as failed.</translation>
    </message>
    <message>
      <source>只读</source>
      <translation>Read-only</translation>
    </message>
    <message>
      <source>司法所</source>
      <translation>Judicial office</translation>
    </message>
    <message>
      <source>合并重复的居民</source>
      <translation>Merge duplicate residents</translation>
    </message>
    <message>
      <source>同一人被重复添加为当事人。</source>
      <translation>The same person was added twice as a party.</translation>
    </message>
    <message>
      <source>同一人被重复添加为队员。</source>
      <translation>The same person was added twice as a member.</translation>
    </message>
    <message>
      <source>同一被害人被重复列入。</source>
      <translation>The same victim is listed twice.</translation>
    </message>
    <message>
      <source>名称过长（最多 32 个字）。</source>
      <translation>The name is too long (at most 32 characters).</translation>
    </message>
    <message>
      <source>向{recipient}发出预警通报</source>
      <translation>Early warning sent to {recipient}</translation>
    </message>
    <message>
      <source>周次格式不对：{value}（应为 2026-W48）。</source>
      <translation>The week is not valid: {value} (write it as 2026-W48).</translation>
    </message>
    <message>
      <source>周的写法不对：{value}（应如 2026-W48）</source>
      <translation>The week is not valid: {value} (write it as 2026-W48)</translation>
    </message>
    <message>
      <source>命令行不能修改个人密码。</source>
      <translation>The command line cannot change a personal password.</translation>
    </message>
    <message>
      <source>命令行没有自己的界面语言。</source>
      <translation>The command line has no interface language of its own.</translation>
    </message>
    <message>
      <source>哈尼族</source>
      <translation>Hani</translation>
    </message>
    <message>
      <source>哈萨克族</source>
      <translation>Kazakh</translation>
    </message>
    <message>
      <source>嘎查/村委会</source>
      <translation>Village committee</translation>
    </message>
    <message>
      <source>嘎查委员会</source>
      <translation>Gacha committee</translation>
    </message>
    <message>
      <source>噪音扰民</source>
      <translation>Noise</translation>
    </message>
    <message>
      <source>回族</source>
      <translation>Hui</translation>
    </message>
    <message>
      <source>回访</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>回访已逾期（{day}）</source>
      <translation>Follow-up overdue (due {day})</translation>
    </message>
    <message>
      <source>回访时间不能晚于现在。</source>
      <translation>The follow-up cannot be later than now.</translation>
    </message>
    <message>
      <source>回访时间早于协议签订日期（{day}）。</source>
      <translation>The follow-up is before the agreement was signed ({day}).</translation>
    </message>
    <message>
      <source>回访时间：{message}</source>
      <translation>Follow-up time: {message}</translation>
    </message>
    <message>
      <source>回访：{performed}，{satisfaction}</source>
      <translation>Follow-up: {performed}, {satisfaction}</translation>
    </message>
    <message>
      <source>回访：{satisfaction}</source>
      <translation>Follow-up: {satisfaction}</translation>
    </message>
    <message>
      <source>困难帮扶</source>
      <translation>Needs help</translation>
    </message>
    <message>
      <source>土地草场</source>
      <translation>Land and grassland</translation>
    </message>
    <message>
      <source>土家族</source>
      <translation>Tujia</translation>
    </message>
    <message>
      <source>土族</source>
      <translation>Tu</translation>
    </message>
    <message>
      <source>地点</source>
      <translation>The place</translation>
    </message>
    <message>
      <source>场</source>
      <translation>events</translation>
    </message>
    <message>
      <source>基本满意</source>
      <translation>Mostly satisfied</translation>
    </message>
    <message>
      <source>基诺族</source>
      <translation>Jino</translation>
    </message>
    <message>
      <source>塔吉克族</source>
      <translation>Tajik</translation>
    </message>
    <message>
      <source>塔塔尔族</source>
      <translation>Tatar</translation>
    </message>
    <message>
      <source>壮族</source>
      <translation>Zhuang</translation>
    </message>
    <message>
      <source>处理数据包冲突</source>
      <translation>resolve bundle conflicts</translation>
    </message>
    <message>
      <source>备份位置不是文件夹。</source>
      <translation>The backup place is not a folder.</translation>
    </message>
    <message>
      <source>备份文件夹须为完整路径（如 D:\平安台账备份）。</source>
      <translation>The backup folder must be a full path (e.g. D:\Backups).</translation>
    </message>
    <message>
      <source>外出务工</source>
      <translation>Working away</translation>
    </message>
    <message>
      <source>多云</source>
      <translation>Cloudy</translation>
    </message>
    <message>
      <source>夜间</source>
      <translation>Night</translation>
    </message>
    <message>
      <source>大风</source>
      <translation>Gale</translation>
    </message>
    <message>
      <source>天气请用简短的词，如：雪、大风、严寒。</source>
      <translation>Describe the weather in short words, e.g. snow, strong wind, severe cold.</translation>
    </message>
    <message>
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>女婿</source>
      <translation>Son-in-law</translation>
    </message>
    <message>
      <source>妇联</source>
      <translation>Women's federation</translation>
    </message>
    <message>
      <source>姐妹</source>
      <translation>Sister</translation>
    </message>
    <message>
      <source>婚姻家庭</source>
      <translation>Marriage and family</translation>
    </message>
    <message>
      <source>子</source>
      <translation>Son</translation>
    </message>
    <message>
      <source>孙女</source>
      <translation>Granddaughter</translation>
    </message>
    <message>
      <source>孙子</source>
      <translation>Grandson</translation>
    </message>
    <message>
      <source>安全隐患</source>
      <translation>Hazard</translation>
    </message>
    <message>
      <source>宣传日期</source>
      <translation>Event date</translation>
    </message>
    <message>
      <source>密码不正确。</source>
      <translation>The password is wrong.</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>导入12345工单</source>
      <translation>import 12345 hotline orders</translation>
    </message>
    <message>
      <source>导入各派出所的数据包</source>
      <translation>import the stations' bundles</translation>
    </message>
    <message>
      <source>导入完成</source>
      <translation>Import finished</translation>
    </message>
    <message>
      <source>导入居民</source>
      <translation>import residents</translation>
    </message>
    <message>
      <source>导入期间其他电脑登记了相同编号的工单，本次导入未保存任何数据。请重新导入。</source>
      <translation>While importing, another computer registered an order with the same number; nothing was saved. Import again.</translation>
    </message>
    <message>
      <source>导入期间其他电脑登记了相同身份证号的居民，本次导入未保存任何数据。请重新导入。</source>
      <translation>While importing, another computer registered a resident with the same ID number; nothing was saved. Import again.</translation>
    </message>
    <message>
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <source>导出居民名单</source>
      <translation>export the residents list</translation>
    </message>
    <message>
      <source>导出未遮蔽的个人信息</source>
      <translation>export unmasked personal data</translation>
    </message>
    <message>
      <source>导出送县局的数据包（含完整个人信息）</source>
      <translation>export the bundle for the county (with full personal data)</translation>
    </message>
    <message>
      <source>小时</source>
      <translation>hours</translation>
    </message>
    <message>
      <source>尚未发还（期末）</source>
      <translation>Still owed (period end)</translation>
    </message>
    <message>
      <source>尚未记录任何调解过程，不能起草协议。</source>
      <translation>No mediation has been recorded yet, so no agreement can be drafted.</translation>
    </message>
    <message>
      <source>尚未设置本所信息，无法办理工单。</source>
      <translation>The station is not set up yet, so orders cannot be handled.</translation>
    </message>
    <message>
      <source>尚未设置本所信息，无法导入居民。</source>
      <translation>The station is not set up yet, so residents cannot be imported.</translation>
    </message>
    <message>
      <source>尚未设置本所信息，无法导出。</source>
      <translation>The station is not set up yet, so nothing can be exported.</translation>
    </message>
    <message>
      <source>尚未设置本所信息，请先完成首次设置。</source>
      <translation>The station is not set up yet: finish the first setup first.</translation>
    </message>
    <message>
      <source>尚未起草调解协议。</source>
      <translation>No agreement has been drafted yet.</translation>
    </message>
    <message>
      <source>尚未进行调解，不能起草调解协议。请先记录调解过程。</source>
      <translation>there has been no mediation yet, so no agreement can be drafted. Record the mediation first.</translation>
    </message>
    <message>
      <source>居民</source>
      <translation>Resident</translation>
    </message>
    <message>
      <source>履行中</source>
      <translation>Performing</translation>
    </message>
    <message>
      <source>履行方式未填写，不能打印（缺少履行方式的协议容易无效）。</source>
      <translation>How it is performed is missing: it cannot be printed (an agreement without it may be void).</translation>
    </message>
    <message>
      <source>履行期限早于协议日期。</source>
      <translation>The deadline for performing is before the agreement date.</translation>
    </message>
    <message>
      <source>履行期限未填写，不能打印（缺少履行期限的协议容易无效）。</source>
      <translation>The deadline for performing is missing: it cannot be printed (an agreement without it may be void).</translation>
    </message>
    <message>
      <source>履行期限（{deadline}）早于协议日期（{day}）。</source>
      <translation>The deadline for performing ({deadline}) is before the agreement date ({day}).</translation>
    </message>
    <message>
      <source>山林水利</source>
      <translation>Forest and water</translation>
    </message>
    <message>
      <source>巡逻</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <source>巡逻区域的标识不对。</source>
      <translation>The patrol area is not valid.</translation>
    </message>
    <message>
      <source>巡逻发现</source>
      <translation>Found on patrol</translation>
    </message>
    <message>
      <source>巡逻时长</source>
      <translation>Patrol time</translation>
    </message>
    <message>
      <source>巡逻次数</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <source>巡逻里程</source>
      <translation>Patrol distance</translation>
    </message>
    <message>
      <source>巡逻防控</source>
      <translation>Patrols</translation>
    </message>
    <message>
      <source>工作日数应在 0 到 {max} 之间：{value}</source>
      <translation>The number of working days should be 0 to {max}: {value}</translation>
    </message>
    <message>
      <source>工单尚未办结（或已回访），不能回访。</source>
      <translation>the order is not completed (or already called back); no call back now.</translation>
    </message>
    <message>
      <source>工单尚未回访，不能归档（一张单子管到底：每张工单回访后才能归档）。</source>
      <translation>the caller has not been called back; every order is archived only after its call back.</translation>
    </message>
    <message>
      <source>工单尚未开始办理（或已办结），不能办结。</source>
      <translation>the order is not being handled (or is completed); it cannot be completed.</translation>
    </message>
    <message>
      <source>工单已办结，不能再开立矛盾纠纷案件。</source>
      <translation>the order is completed; no dispute case can be opened from it now.</translation>
    </message>
    <message>
      <source>工单已开始办理或已办结，不能再转派。</source>
      <translation>the order is being handled or completed; it cannot be dispatched again.</translation>
    </message>
    <message>
      <source>工单接收</source>
      <translation>Orders received</translation>
    </message>
    <message>
      <source>工单编号 {number} 已经登记过。</source>
      <translation>Order number {number} is already registered.</translation>
    </message>
    <message>
      <source>工单编号被Excel存成了数字，末几位可能已丢失；请把该列设为“文本”后重新导出</source>
      <translation>Excel stored the order number as a number and its last digits may be lost: format the column as Text and export again</translation>
    </message>
    <message>
      <source>工单编号过长（最多 {n} 个字符）。</source>
      <translation>The order number is too long (at most {n} characters).</translation>
    </message>
    <message>
      <source>已全部返还</source>
      <translation>All returned</translation>
    </message>
    <message>
      <source>已写入 {n} 人</source>
      <translation>{n} people written</translation>
    </message>
    <message>
      <source>已办结</source>
      <translation>Completed</translation>
    </message>
    <message>
      <source>已发还</source>
      <translation>Handed over</translation>
    </message>
    <message>
      <source>已取消</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>已回访</source>
      <translation>Called back</translation>
    </message>
    <message>
      <source>已履行</source>
      <translation>performed</translation>
    </message>
    <message>
      <source>已有名为“{name}”的巡逻队。</source>
      <translation>There is already a patrol team named “{name}”.</translation>
    </message>
    <message>
      <source>已标记返还</source>
      <translation>marked as returned</translation>
    </message>
    <message>
      <source>已达成协议的案件不能撤回，请办理结案。</source>
      <translation>a case with an agreement cannot be withdrawn; close it instead.</translation>
    </message>
    <message>
      <source>已达成协议的案件不能改为不予调解。</source>
      <translation>a case with an agreement cannot become not mediable.</translation>
    </message>
    <message>
      <source>已返还</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>已逾期 {n} 天 · {rest}</source>
      <translation>{n} days overdue · {rest}</translation>
    </message>
    <message>
      <source>市场监管</source>
      <translation>Market supervision</translation>
    </message>
    <message>
      <source>布依族</source>
      <translation>Bouyei</translation>
    </message>
    <message>
      <source>布朗族</source>
      <translation>Blang</translation>
    </message>
    <message>
      <source>带队人须是本次参加巡逻的人员。</source>
      <translation>The leader must be one of the people on this patrol.</translation>
    </message>
    <message>
      <source>帮扶人数不能为负数。</source>
      <translation>The number of people helped cannot be negative.</translation>
    </message>
    <message>
      <source>帮扶人数请填写整数。</source>
      <translation>Enter the number of people helped as a whole number.</translation>
    </message>
    <message>
      <source>平台导入</source>
      <translation>Imported from the platform</translation>
    </message>
    <message>
      <source>平台更新</source>
      <translation>Platform update</translation>
    </message>
    <message>
      <source>建立搜索索引…</source>
      <translation>Building the search index…</translation>
    </message>
    <message>
      <source>开始办理</source>
      <translation>Start handling</translation>
    </message>
    <message>
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>开立矛盾纠纷</source>
      <translation>Open a dispute case</translation>
    </message>
    <message>
      <source>引导向人民法院起诉</source>
      <translation>Referred to the people's court</translation>
    </message>
    <message>
      <source>归档</source>
      <translation>Archived</translation>
    </message>
    <message>
      <source>当事人{name}未满{age_limit}周岁（{age}岁），须有监护人在场并记录其姓名。</source>
      <translation>{name} is under {age_limit} ({age}): a guardian must be present and named.</translation>
    </message>
    <message>
      <source>当事人{name}的身份证号有误：{message}</source>
      <translation>The ID number of {name} is wrong: {message}</translation>
    </message>
    <message>
      <source>当事人未填写，不能打印。</source>
      <translation>No parties: it cannot be printed.</translation>
    </message>
    <message>
      <source>当前状态为“{state}”：{reason}</source>
      <translation>The current state is “{state}”: {reason}</translation>
    </message>
    <message>
      <source>当前账户（{role}）无权{action}。</source>
      <translation>This account ({role}) may not {action}.</translation>
    </message>
    <message>
      <source>当面赔礼道歉</source>
      <translation>Apology in person</translation>
    </message>
    <message>
      <source>彝族</source>
      <translation>Yi</translation>
    </message>
    <message>
      <source>待发还</source>
      <translation>pending</translation>
    </message>
    <message>
      <source>待登记被害人</source>
      <translation>No victims yet</translation>
    </message>
    <message>
      <source>待返还</source>
      <translation>To return</translation>
    </message>
    <message>
      <source>待追赃</source>
      <translation>Nothing recovered</translation>
    </message>
    <message>
      <source>微信或支付宝转账</source>
      <translation>WeChat or Alipay transfer</translation>
    </message>
    <message>
      <source>德昂族</source>
      <translation>De'ang</translation>
    </message>
    <message>
      <source>怒族</source>
      <translation>Nu</translation>
    </message>
    <message>
      <source>性别与身份证号不符：身份证号显示为{gender}。</source>
      <translation>The gender does not match the ID number, which says {gender}.</translation>
    </message>
    <message>
      <source>性别应为“男”或“女”，现为“{value}”。</source>
      <translation>The gender should be male or female, not “{value}”.</translation>
    </message>
    <message>
      <source>恢复原状</source>
      <translation>Restore to the former state</translation>
    </message>
    <message>
      <source>户</source>
      <translation>households</translation>
    </message>
    <message>
      <source>户主</source>
      <translation>Household head</translation>
    </message>
    <message>
      <source>户籍室</source>
      <translation>Registration office</translation>
    </message>
    <message>
      <source>户籍证件</source>
      <translation>Household registration</translation>
    </message>
    <message>
      <source>所选区域已不存在，请重新选择。</source>
      <translation>The area chosen no longer exists: choose again.</translation>
    </message>
    <message>
      <source>所选地点已不存在。</source>
      <translation>The place chosen no longer exists.</translation>
    </message>
    <message>
      <source>所选地点已不存在，请重新选择。</source>
      <translation>The place chosen no longer exists: choose again.</translation>
    </message>
    <message>
      <source>所选居民已不存在。</source>
      <translation>The resident chosen no longer exists.</translation>
    </message>
    <message>
      <source>所选巡逻队已不存在。</source>
      <translation>The patrol team chosen no longer exists.</translation>
    </message>
    <message>
      <source>所选民警的账户已不存在。</source>
      <translation>The account of the officer chosen no longer exists.</translation>
    </message>
    <message>
      <source>所选账户已不存在。</source>
      <translation>The account chosen no longer exists.</translation>
    </message>
    <message>
      <source>所长</source>
      <translation>Chief</translation>
    </message>
    <message>
      <source>手工登记</source>
      <translation>Entered by hand</translation>
    </message>
    <message>
      <source>打印{kind} {number}（校验码 {code}，{n} 页）</source>
      <translation>Printed {kind} {number} (verification code {code}, {n} pages)</translation>
    </message>
    <message>
      <source>打印字体文件“{name}”已不存在或无法读取（{reason}）。请在“设置 → 打印字体”中重新选择字体后再打印。</source>
      <translation>The print font file “{name}” is missing or unreadable ({reason}). Choose the font again in Settings → Print font, then print.</translation>
    </message>
    <message>
      <source>打印调解笔录（校验码 {code}）</source>
      <translation>Printed the mediation record (verification code {code})</translation>
    </message>
    <message>
      <source>打印预警通报（{recipient}）</source>
      <translation>Printed the early warning ({recipient})</translation>
    </message>
    <message>
      <source>打印（校验码 {code}）之后当事人信息或协议有改动，请重新打印给当事人签字。</source>
      <translation>The parties or the agreement changed after printing (verification code {code}): print it again for the parties to sign.</translation>
    </message>
    <message>
      <source>扣押现金</source>
      <translation>Seized cash</translation>
    </message>
    <message>
      <source>扫黑除恶</source>
      <translation>Against organised crime</translation>
    </message>
    <message>
      <source>找不到名为“{name}”的巡逻队。</source>
      <translation>No patrol team is named “{name}”.</translation>
    </message>
    <message>
      <source>找不到工单编号“{number}”。</source>
      <translation>No order is numbered “{number}”.</translation>
    </message>
    <message>
      <source>找不到文件夹 {path}：U盘没有插好，或路径写错了。</source>
      <translation>Folder {path} not found: the stick is not plugged in, or the path is wrong.</translation>
    </message>
    <message>
      <source>找不到文件：{path}</source>
      <translation>File not found: {path}</translation>
    </message>
    <message>
      <source>找不到案件编号“{number}”。</source>
      <translation>No case is numbered “{number}”.</translation>
    </message>
    <message>
      <source>找不到该区域。</source>
      <translation>The area was not found.</translation>
    </message>
    <message>
      <source>找不到该居民。</source>
      <translation>The resident was not found.</translation>
    </message>
    <message>
      <source>找不到该巡逻队。</source>
      <translation>The patrol team was not found.</translation>
    </message>
    <message>
      <source>找不到该措施。</source>
      <translation>The measure was not found.</translation>
    </message>
    <message>
      <source>找不到该案件。</source>
      <translation>The case was not found.</translation>
    </message>
    <message>
      <source>找不到该次调解记录。</source>
      <translation>The mediation record was not found.</translation>
    </message>
    <message>
      <source>找不到该次集中返赃（可能已被删除）。</source>
      <translation>The handover was not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>找不到该被害人（可能已被删除）。</source>
      <translation>The victim was not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>找不到该账户。</source>
      <translation>The account was not found.</translation>
    </message>
    <message>
      <source>找不到该追回记录（可能已被删除）。</source>
      <translation>The recovery was not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>找不到该预警通报。</source>
      <translation>The early warning was not found.</translation>
    </message>
    <message>
      <source>找不到返赃案件“{number}”。</source>
      <translation>No restitution case is numbered “{number}”.</translation>
    </message>
    <message>
      <source>找不到这条巡逻记录。</source>
      <translation>The patrol record was not found.</translation>
    </message>
    <message>
      <source>抢劫抢夺</source>
      <translation>Robbery and snatching</translation>
    </message>
    <message>
      <source>护学</source>
      <translation>School run</translation>
    </message>
    <message>
      <source>拉祜族</source>
      <translation>Lahu</translation>
    </message>
    <message>
      <source>持平</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <source>按期办结</source>
      <translation>Completed on time</translation>
    </message>
    <message>
      <source>按期办结率</source>
      <translation>On-time rate</translation>
    </message>
    <message>
      <source>损害赔偿</source>
      <translation>Damages</translation>
    </message>
    <message>
      <source>接收</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>措施已完成：{measures}</source>
      <translation>Measure done: {measures}</translation>
    </message>
    <message>
      <source>撒拉族</source>
      <translation>Salar</translation>
    </message>
    <message>
      <source>撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>撤回：{reason}</source>
      <translation>Withdrawn: {reason}</translation>
    </message>
    <message>
      <source>救助帮扶</source>
      <translation>Help given</translation>
    </message>
    <message>
      <source>数据包中的附件与其校验值不符，数据包已损坏或被改动。</source>
      <translation>An attachment in the bundle does not match its checksum: the bundle is damaged or was changed.</translation>
    </message>
    <message>
      <source>数据包密码至少 8 位，不能只是数字或只是字母（可以混用字母、数字、汉字和符号）。</source>
      <translation>A bundle password needs at least 8 characters, not only digits and not only letters (mix letters, digits, Chinese characters and symbols).</translation>
    </message>
    <message>
      <source>敲诈勒索</source>
      <translation>Extortion</translation>
    </message>
    <message>
      <source>文件名“{name}”不能用作文件名，已拒绝写入。</source>
      <translation>“{name}” cannot be a file name: nothing was written.</translation>
    </message>
    <message>
      <source>文件过大（超过 {n} MB）。</source>
      <translation>The file is too large (over {n} MB).</translation>
    </message>
    <message>
      <source>无法保存数据包中的附件：{reason}。请检查磁盘空间。</source>
      <translation>The bundle's attachments cannot be saved: {reason}. Check the disk space.</translation>
    </message>
    <message>
      <source>无法保存附件“{name}”：{reason}</source>
      <translation>The attachment “{name}” cannot be saved: {reason}</translation>
    </message>
    <message>
      <source>无法读取打印字体“{name}”（{reason}）。请在“设置 → 打印字体”中换一种字体。</source>
      <translation>The print font “{name}” cannot be read ({reason}). Choose another font in Settings → Print font.</translation>
    </message>
    <message>
      <source>无法逐项采用：{table} 没有栏目 {field}。</source>
      <translation>Cannot take it field by field: {table} has no field {field}.</translation>
    </message>
    <message>
      <source>日常</source>
      <translation>Routine</translation>
    </message>
    <message>
      <source>日期不存在：{value}</source>
      <translation>No such date: {value}</translation>
    </message>
    <message>
      <source>日期无法识别：{value}</source>
      <translation>Date not recognised: {value}</translation>
    </message>
    <message>
      <source>日期无法识别：{value}（请写成 2023-02-22 或 2023年2月22日）</source>
      <translation>Date not recognised: {value} (write it as 2023-02-22)</translation>
    </message>
    <message>
      <source>时间不存在：{value}</source>
      <translation>No such time: {value}</translation>
    </message>
    <message>
      <source>时间不能晚于现在。</source>
      <translation>The time cannot be later than now.</translation>
    </message>
    <message>
      <source>时间无法识别：{value}</source>
      <translation>Time not recognised: {value}</translation>
    </message>
    <message>
      <source>时间早于工单受理时间（{time}）。</source>
      <translation>The time is before the order was received ({time}).</translation>
    </message>
    <message>
      <source>普法宣传活动</source>
      <translation>Legal-awareness events</translation>
    </message>
    <message>
      <source>普米族</source>
      <translation>Pumi</translation>
    </message>
    <message>
      <source>景颇族</source>
      <translation>Jingpo</translation>
    </message>
    <message>
      <source>晴</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>暴雪</source>
      <translation>Blizzard</translation>
    </message>
    <message>
      <source>更新居民 {progress}</source>
      <translation>Updating residents {progress}</translation>
    </message>
    <message>
      <source>曾调解未成</source>
      <translation>Earlier mediation failed</translation>
    </message>
    <message>
      <source>有参加人员已不存在，请重新选择。</source>
      <translation>Someone chosen no longer exists: choose again.</translation>
    </message>
    <message>
      <source>有威胁言语或持械</source>
      <translation>Threats or weapons</translation>
    </message>
    <message>
      <source>有暴力前科或曾动手</source>
      <translation>History of violence or has already hit</translation>
    </message>
    <message>
      <source>朝鲜族</source>
      <translation>Korean</translation>
    </message>
    <message>
      <source>未履行</source>
      <translation>not performed</translation>
    </message>
    <message>
      <source>未知的风险因素：{factors}</source>
      <translation>Unknown risk factors: {factors}</translation>
    </message>
    <message>
      <source>未评估</source>
      <translation>not assessed</translation>
    </message>
    <message>
      <source>本库尚未设置本所信息。</source>
      <translation>This database has no station set up yet.</translation>
    </message>
    <message>
      <source>本库没有单位代码“{codes}”。本库的单位：{known}。</source>
      <translation>This database has no station code “{codes}”. Its stations: {known}.</translation>
    </message>
    <message>
      <source>本库还没有交换密钥。请先在“设置”中生成本所密钥。</source>
      <translation>This database has no exchange keys yet. Create the station's keys in Settings first.</translation>
    </message>
    <message>
      <source>本所没有名为“{name}”的管理员账户。</source>
      <translation>The station has no administrator named “{name}”.</translation>
    </message>
    <message>
      <source>本所还没有与县局交换密钥，请输入数据包密码（或先在“设置”中完成与县局的登记，以后就不需要密码）。</source>
      <translation>The station has not exchanged keys with the county yet: enter the bundle password (or enrol with the county in Settings first; then no password is needed).</translation>
    </message>
    <message>
      <source>本案已追回 {recovered}，已返还和待发还合计 {returned}；删除这笔 {amount} 后追回金额将少于已返还金额，不能删除。</source>
      <translation>The case has recovered {recovered} and returned or promised {returned}; without this {amount} less would be recovered than returned, so it cannot be deleted.</translation>
    </message>
    <message>
      <source>本程序不认识数据表 {table}，请先升级平安台账。</source>
      <translation>This program does not know the table {table}: update Station Ledger first.</translation>
    </message>
    <message>
      <source>村/嘎查干部</source>
      <translation>Village/gacha official</translation>
    </message>
    <message>
      <source>村委会</source>
      <translation>Village committee</translation>
    </message>
    <message>
      <source>来电人</source>
      <translation>Caller</translation>
    </message>
    <message>
      <source>来电人不满意：请写明原因，以便重新办理。</source>
      <translation>The caller is not satisfied: give the reason, so it can be handled again.</translation>
    </message>
    <message>
      <source>来电人姓名未登记：请填写当事人姓名。</source>
      <translation>The caller's name is not recorded: enter the party's name.</translation>
    </message>
    <message>
      <source>查看12345工单</source>
      <translation>see 12345 hotline orders</translation>
    </message>
    <message>
      <source>查看完整身份证号和电话</source>
      <translation>see full ID and phone numbers</translation>
    </message>
    <message>
      <source>查看审计记录</source>
      <translation>see the audit records</translation>
    </message>
    <message>
      <source>查看居民</source>
      <translation>see residents</translation>
    </message>
    <message>
      <source>查看巡逻台账</source>
      <translation>see the patrol ledger</translation>
    </message>
    <message>
      <source>查看矛盾纠纷</source>
      <translation>see disputes</translation>
    </message>
    <message>
      <source>查看设置</source>
      <translation>see settings</translation>
    </message>
    <message>
      <source>查看走访和普法记录</source>
      <translation>see visits and legal-awareness events</translation>
    </message>
    <message>
      <source>查看返赃台账</source>
      <translation>see the restitution ledger</translation>
    </message>
    <message>
      <source>柯尔克孜族</source>
      <translation>Kyrgyz</translation>
    </message>
    <message>
      <source>校园安全</source>
      <translation>School safety</translation>
    </message>
    <message>
      <source>校验位错误：应为{expected}，实为{actual}</source>
      <translation>Wrong check digit: it should be {expected}, not {actual}</translation>
    </message>
    <message>
      <source>校验审计链</source>
      <translation>verify the audit chain</translation>
    </message>
    <message>
      <source>案件办理组</source>
      <translation>Case team</translation>
    </message>
    <message>
      <source>案件尚未结束，无需重新启动。</source>
      <translation>the case has not ended; there is nothing to reopen.</translation>
    </message>
    <message>
      <source>案件已结束，不能再做风险评估。</source>
      <translation>the case has ended; no more risk assessments.</translation>
    </message>
    <message>
      <source>案件已结束，不能再制定一事一策。</source>
      <translation>the case has ended; no more plans.</translation>
    </message>
    <message>
      <source>案件已结束，不能再发预警通报。</source>
      <translation>the case has ended; no more early warnings.</translation>
    </message>
    <message>
      <source>案件编号</source>
      <translation>The case number</translation>
    </message>
    <message>
      <source>案件编号“{number}”不止一个单位在用，请用 --station 指明单位。</source>
      <translation>More than one station uses the case number “{number}”: name the station with --station.</translation>
    </message>
    <message>
      <source>检查数据库</source>
      <translation>check the database</translation>
    </message>
    <message>
      <source>检查第 {progress} 行</source>
      <translation>Checking row {progress}</translation>
    </message>
    <message>
      <source>楼栋长须填写楼栋。</source>
      <translation>A building head needs the building.</translation>
    </message>
    <message>
      <source>次</source>
      <translation>times</translation>
    </message>
    <message>
      <source>正在写入 {name}</source>
      <translation>Writing {name}</translation>
    </message>
    <message>
      <source>正在生成 Excel…</source>
      <translation>Building the Excel file…</translation>
    </message>
    <message>
      <source>正在生成 PDF…</source>
      <translation>Building the PDF…</translation>
    </message>
    <message>
      <source>正在生成加密数据包…</source>
      <translation>Building the encrypted bundle…</translation>
    </message>
    <message>
      <source>正在统计…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <source>此处只能添加{kind}。</source>
      <translation>Only a {kind} can be added here.</translation>
    </message>
    <message>
      <source>残疾人</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>母亲</source>
      <translation>Mother</translation>
    </message>
    <message>
      <source>毛南族</source>
      <translation>Maonan</translation>
    </message>
    <message>
      <source>民政办</source>
      <translation>Civil affairs office</translation>
    </message>
    <message>
      <source>民族“{value}”不在 56 个民族名单中。</source>
      <translation>“{value}” is not one of the 56 ethnic groups.</translation>
    </message>
    <message>
      <source>民法典</source>
      <translation>Civil Code</translation>
    </message>
    <message>
      <source>民警</source>
      <translation>Officer</translation>
    </message>
    <message>
      <source>民警巡逻队</source>
      <translation>Police patrol</translation>
    </message>
    <message>
      <source>民警选择不对。</source>
      <translation>The officer chosen is not valid.</translation>
    </message>
    <message>
      <source>气温应在 {low}℃ 到 {high}℃ 之间，请核对。</source>
      <translation>The temperature should be between {low}°C and {high}°C: check it.</translation>
    </message>
    <message>
      <source>气温请填写数字（摄氏度），如 -28。</source>
      <translation>Enter the temperature as a number (°C), e.g. -28.</translation>
    </message>
    <message>
      <source>水族</source>
      <translation>Shui</translation>
    </message>
    <message>
      <source>汉族</source>
      <translation>Han</translation>
    </message>
    <message>
      <source>沙尘</source>
      <translation>Sand and dust</translation>
    </message>
    <message>
      <source>没有 {month} 月：{value}。</source>
      <translation>There is no month {month}: {value}.</translation>
    </message>
    <message>
      <source>没有勾选已签收的被害人。如这次集中返赃没有举行，请取消它。</source>
      <translation>No victim is ticked as signed. If the handover did not take place, cancel it.</translation>
    </message>
    <message>
      <source>没有已登记、未注销的单位代码 {code}。</source>
      <translation>No enrolled, active station has the code {code}.</translation>
    </message>
    <message>
      <source>没有这条冲突记录（可能已被删除）。</source>
      <translation>The conflict was not found (it may have been deleted).</translation>
    </message>
    <message>
      <source>治安秩序</source>
      <translation>Public order</translation>
    </message>
    <message>
      <source>治安组</source>
      <translation>Public order team</translation>
    </message>
    <message>
      <source>治安调解协议书</source>
      <translation>Police mediation agreement</translation>
    </message>
    <message>
      <source>活动受众</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>流动人口</source>
      <translation>Migrant</translation>
    </message>
    <message>
      <source>消防安全</source>
      <translation>Fire safety</translation>
    </message>
    <message>
      <source>涉及土地、草场或较大金额</source>
      <translation>Land, grassland or a large sum at stake</translation>
    </message>
    <message>
      <source>涉及老人、儿童、残疾人等弱势群体</source>
      <translation>Vulnerable people involved (elderly, children, disabled)</translation>
    </message>
    <message>
      <source>涉及酗酒</source>
      <translation>Alcohol involved</translation>
    </message>
    <message>
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <source>满族</source>
      <translation>Manchu</translation>
    </message>
    <message>
      <source>父亲</source>
      <translation>Father</translation>
    </message>
    <message>
      <source>物业管理</source>
      <translation>Property management</translation>
    </message>
    <message>
      <source>物业纠纷</source>
      <translation>Property management</translation>
    </message>
    <message>
      <source>犯罪嫌疑人最多 {n} 人。</source>
      <translation>At most {n} suspects.</translation>
    </message>
    <message>
      <source>犯罪嫌疑人退赔</source>
      <translation>Paid back by the suspect</translation>
    </message>
    <message>
      <source>独居老人</source>
      <translation>Elderly living alone</translation>
    </message>
    <message>
      <source>独龙族</source>
      <translation>Derung</translation>
    </message>
    <message>
      <source>环境卫生</source>
      <translation>Sanitation</translation>
    </message>
    <message>
      <source>现金一次性支付</source>
      <translation>Cash in one payment</translation>
    </message>
    <message>
      <source>珞巴族</source>
      <translation>Lhoba</translation>
    </message>
    <message>
      <source>瑶族</source>
      <translation>Yao</translation>
    </message>
    <message>
      <source>用户名“{name}”已被使用，请换一个。</source>
      <translation>The user name “{name}” is taken: choose another.</translation>
    </message>
    <message>
      <source>用户名须为 2-32 位字母、数字、下划线、点或减号（如 cuixl、zhang.san）。</source>
      <translation>A user name has 2 to 32 letters, digits, underscores, dots or hyphens (e.g. cuixl, zhang.san).</translation>
    </message>
    <message>
      <source>甲方</source>
      <translation>Party A</translation>
    </message>
    <message>
      <source>电信网络诈骗</source>
      <translation>Telecom and online fraud</translation>
    </message>
    <message>
      <source>电话号码格式不对：{value}（手机应为11位，如 13912345678；座机如 0482-1234567）</source>
      <translation>Phone number not valid: {value} (a mobile has 11 digits, e.g. 13912345678; a landline e.g. 0482-1234567)</translation>
    </message>
    <message>
      <source>电话号码被Excel存成了数字，请把该列设置为“文本”格式后重新填写</source>
      <translation>Excel stored the phone number as a number: format the column as Text and enter it again</translation>
    </message>
    <message>
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>留守儿童</source>
      <translation>Left-behind child</translation>
    </message>
    <message>
      <source>留守老人</source>
      <translation>Left-behind elderly</translation>
    </message>
    <message>
      <source>畲族</source>
      <translation>She</translation>
    </message>
    <message>
      <source>登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <source>登记交换密钥（派出所与县局互认）</source>
      <translation>enrol exchange keys (station and county)</translation>
    </message>
    <message>
      <source>登记和修改居民、区域</source>
      <translation>register and edit residents and areas</translation>
    </message>
    <message>
      <source>登记时间无法识别。</source>
      <translation>The time registered is not recognised.</translation>
    </message>
    <message>
      <source>登记时间（{time}）不能晚于现在。</source>
      <translation>The time registered ({time}) cannot be later than now.</translation>
    </message>
    <message>
      <source>登记矛盾纠纷</source>
      <translation>Register a dispute</translation>
    </message>
    <message>
      <source>登记返赃案件、追回和发还</source>
      <translation>register restitution cases, recoveries and returns</translation>
    </message>
    <message>
      <source>白族</source>
      <translation>Bai</translation>
    </message>
    <message>
      <source>盗窃</source>
      <translation>Theft</translation>
    </message>
    <message>
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <source>矛盾纠纷须添加至少一位当事人（将据此登记纠纷案件）。</source>
      <translation>A dispute needs at least one party (a dispute case is registered from it).</translation>
    </message>
    <message>
      <source>社区警务室</source>
      <translation>Community police office</translation>
    </message>
    <message>
      <source>社情民意</source>
      <translation>Public opinion</translation>
    </message>
    <message>
      <source>祖母</source>
      <translation>Grandmother</translation>
    </message>
    <message>
      <source>祖父</source>
      <translation>Grandfather</translation>
    </message>
    <message>
      <source>禁毒</source>
      <translation>Anti-drugs</translation>
    </message>
    <message>
      <source>移交人民调解委员会</source>
      <translation>Handed to the people's mediation committee</translation>
    </message>
    <message>
      <source>立即备份数据库</source>
      <translation>back up the database now</translation>
    </message>
    <message>
      <source>笔</source>
      <translation>payments</translation>
    </message>
    <message>
      <source>第 {n} 位当事人没有姓名。</source>
      <translation>Party {n} has no name.</translation>
    </message>
    <message>
      <source>第 {n} 位当事人：{message}</source>
      <translation>Party {n}: {message}</translation>
    </message>
    <message>
      <source>第 {n} 位走访对象已不在居民登记中，请重新选择。</source>
      <translation>Person {n} visited is no longer registered: choose again.</translation>
    </message>
    <message>
      <source>第 {n} 位走访对象没有从居民中选择。</source>
      <translation>Person {n} visited was not chosen from the residents.</translation>
    </message>
    <message>
      <source>第 {n} 位走访对象的户名过长（最多 {max} 个字）。</source>
      <translation>The household of person {n} is too long (at most {max} characters).</translation>
    </message>
    <message>
      <source>第 {n} 位队员没有姓名。</source>
      <translation>Member {n} has no name.</translation>
    </message>
    <message>
      <source>第 {n} 条协议内容为空。</source>
      <translation>Term {n} is empty.</translation>
    </message>
    <message>
      <source>第 {n} 条发现所涉及的居民已不存在。</source>
      <translation>The resident of finding {n} no longer exists.</translation>
    </message>
    <message>
      <source>第 {n} 条发现：{message}</source>
      <translation>Finding {n}: {message}</translation>
    </message>
    <message>
      <source>第 {n} 条发现：请写明发现的情况。</source>
      <translation>Finding {n}: describe what was found.</translation>
    </message>
    <message>
      <source>第 {n} 条发现：请选择类别（{choices}）。</source>
      <translation>Finding {n}: choose the kind ({choices}).</translation>
    </message>
    <message>
      <source>第 {n} 条金额：{message}</source>
      <translation>Term {n}, amount: {message}</translation>
    </message>
    <message>
      <source>第 {n} 条：{message}</source>
      <translation>Term {n}: {message}</translation>
    </message>
    <message>
      <source>第 {n} 次调解，{place}，调解人 {mediators}</source>
      <translation>Mediation session {n}, {place}, mediators {mediators}</translation>
    </message>
    <message>
      <source>第{n}位当事人的姓名未填写。</source>
      <translation>Party {n} has no name.</translation>
    </message>
    <message>
      <source>第{n}方</source>
      <translation>Party {n}</translation>
    </message>
    <message>
      <source>第{n}条协议内容为空。</source>
      <translation>Term {n} is empty.</translation>
    </message>
    <message>
      <source>第{n}条的金额应大于零且不超过 1 亿元。</source>
      <translation>The amount of term {n} should be more than zero and at most 100 million yuan.</translation>
    </message>
    <message>
      <source>第{n}行被害人姓名未填写。</source>
      <translation>Row {n} has no victim's name.</translation>
    </message>
    <message>
      <source>签字的打印件校验码为 {signed}，不是最后打印的协议（校验码 {code}）。请核对，或重新打印。</source>
      <translation>The signed copy has verification code {signed}, not that of the agreement printed last ({code}). Check it, or print again.</translation>
    </message>
    <message>
      <source>签收单上没有被害人，不能打印。</source>
      <translation>The receipt sheet has no victims: it cannot be printed.</translation>
    </message>
    <message>
      <source>签收时间不能晚于现在。</source>
      <translation>The receipt cannot be later than now.</translation>
    </message>
    <message>
      <source>签收时间早于通报时间（{time}）。</source>
      <translation>The receipt is dated before the warning was sent ({time}).</translation>
    </message>
    <message>
      <source>签订日期早于协议日期。</source>
      <translation>The signing date is before the agreement date.</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>管理账户</source>
      <translation>manage accounts</translation>
    </message>
    <message>
      <source>类别：{category}</source>
      <translation>Category: {category}</translation>
    </message>
    <message>
      <source>精神障碍患者</source>
      <translation>Mental disorder</translation>
    </message>
    <message>
      <source>纠纷事实</source>
      <translation>The facts</translation>
    </message>
    <message>
      <source>纠纷登记</source>
      <translation>Disputes registered</translation>
    </message>
    <message>
      <source>纳西族</source>
      <translation>Naxi</translation>
    </message>
    <message>
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <source>结束时间早于开始时间。</source>
      <translation>The end is before the start.</translation>
    </message>
    <message>
      <source>结束时间须晚于开始时间。</source>
      <translation>The end must be after the start.</translation>
    </message>
    <message>
      <source>结束时间须晚于开始时间。{hint}</source>
      <translation>The end must be after the start. {hint}</translation>
    </message>
    <message>
      <source>结案</source>
      <translation>Closed</translation>
    </message>
    <message>
      <source>结案、撤回或重新启动案件</source>
      <translation>close, withdraw or reopen cases</translation>
    </message>
    <message>
      <source>结案：{reason}</source>
      <translation>Closed: {reason}</translation>
    </message>
    <message>
      <source>统计期写法不对：{value}（应为 2026-W48、2026-11、2026-Q4 或 2026）。</source>
      <translation>The period is not valid: {value} (write 2026-W48, 2026-11, 2026-Q4 or 2026).</translation>
    </message>
    <message>
      <source>维吾尔族</source>
      <translation>Uyghur</translation>
    </message>
    <message>
      <source>综治中心</source>
      <translation>Social governance centre</translation>
    </message>
    <message>
      <source>网格下不能再建下级区域。</source>
      <translation>A grid cannot have areas under it.</translation>
    </message>
    <message>
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <source>网格员上报</source>
      <translation>Grid worker report</translation>
    </message>
    <message>
      <source>羌族</source>
      <translation>Qiang</translation>
    </message>
    <message>
      <source>群众来访</source>
      <translation>Walk-in</translation>
    </message>
    <message>
      <source>自动锁定时间须在 1 到 240 分钟之间。</source>
      <translation>The automatic lock must be 1 to 240 minutes.</translation>
    </message>
    <message>
      <source>节日</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <source>苗族</source>
      <translation>Miao</translation>
    </message>
    <message>
      <source>草原防火</source>
      <translation>Grassland fire prevention</translation>
    </message>
    <message>
      <source>蒙古族</source>
      <translation>Mongol</translation>
    </message>
    <message>
      <source>藏族</source>
      <translation>Tibetan</translation>
    </message>
    <message>
      <source>被害人无效。</source>
      <translation>The victim is not valid.</translation>
    </message>
    <message>
      <source>被骗（损失）金额</source>
      <translation>Amount lost</translation>
    </message>
    <message>
      <source>裕固族</source>
      <translation>Yugur</translation>
    </message>
    <message>
      <source>见到居民</source>
      <translation>Residents met</translation>
    </message>
    <message>
      <source>警民联合</source>
      <translation>Joint police–volunteer</translation>
    </message>
    <message>
      <source>计算校验位需要17位数字，现为“{value}”</source>
      <translation>The check digit needs 17 digits, not “{value}”</translation>
    </message>
    <message>
      <source>记录人</source>
      <translation>The note-taker</translation>
    </message>
    <message>
      <source>记录巡逻、管理巡逻队</source>
      <translation>record patrols and manage teams</translation>
    </message>
    <message>
      <source>记录走访和普法宣传</source>
      <translation>record visits and legal-awareness events</translation>
    </message>
    <message>
      <source>诈骗</source>
      <translation>Fraud</translation>
    </message>
    <message>
      <source>该任职记录已不存在。</source>
      <translation>This role no longer exists.</translation>
    </message>
    <message>
      <source>该居民记录已合并到另一条记录。</source>
      <translation>This resident was merged into another record.</translation>
    </message>
    <message>
      <source>该工单已开立过矛盾纠纷案件。</source>
      <translation>A dispute case has already been opened for this order.</translation>
    </message>
    <message>
      <source>该次集中返赃{state}，不能再修改。</source>
      <translation>The handover is {state} and can no longer be changed.</translation>
    </message>
    <message>
      <source>该派出所后来的数据包已更新了这条记录，这条冲突无需再处理。</source>
      <translation>A later bundle of the station has updated this record: the conflict needs nothing more.</translation>
    </message>
    <message>
      <source>该记录已被删除。</source>
      <translation>The record has been deleted.</translation>
    </message>
    <message>
      <source>请先完成风险评估，再组织调解。</source>
      <translation>assess the risk first, then mediate.</translation>
    </message>
    <message>
      <source>请先打印签收单，被害人签名并按手印后再标记已返还。</source>
      <translation>Print the receipt sheet first; mark it returned once the victims have signed it.</translation>
    </message>
    <message>
      <source>请先把工单转派到承办科室或部门，再开始办理。</source>
      <translation>dispatch the order to an office first, then start handling it.</translation>
    </message>
    <message>
      <source>请先登录。</source>
      <translation>Log in first.</translation>
    </message>
    <message>
      <source>请写明{step}的原因。</source>
      <translation>Give the reason ({step}).</translation>
    </message>
    <message>
      <source>请写明发现的情况。</source>
      <translation>Describe what was found.</translation>
    </message>
    <message>
      <source>请写明调解不成的原因。</source>
      <translation>Give the reason the mediation failed.</translation>
    </message>
    <message>
      <source>请勾选要采用数据包中哪些栏目的值。</source>
      <translation>Tick the fields to take from the bundle.</translation>
    </message>
    <message>
      <source>请填写{label}。</source>
      <translation>{label}: please fill it in.</translation>
    </message>
    <message>
      <source>请填写办理期限（截止日期，或工作日数如“5个工作日”）。</source>
      <translation>Enter the deadline (a date, or a number of working days).</translation>
    </message>
    <message>
      <source>请填写反映时间。</source>
      <translation>Enter when it was reported.</translation>
    </message>
    <message>
      <source>请填写发现时间。</source>
      <translation>Enter when it was found.</translation>
    </message>
    <message>
      <source>请填写受理时间。</source>
      <translation>Enter when it was received.</translation>
    </message>
    <message>
      <source>请填写名称。</source>
      <translation>Enter the name.</translation>
    </message>
    <message>
      <source>请填写姓名。</source>
      <translation>Enter the name.</translation>
    </message>
    <message>
      <source>请填写完成期限。</source>
      <translation>Enter the deadline.</translation>
    </message>
    <message>
      <source>请填写宣传地点（如：查干陶勒盖嘎查委员会、高力板镇中学）。</source>
      <translation>Enter where the event took place.</translation>
    </message>
    <message>
      <source>请填写巡逻队名称，如：红城义警。</source>
      <translation>Enter the team's name, e.g. Hongcheng volunteers.</translation>
    </message>
    <message>
      <source>请填写工作措施。</source>
      <translation>Enter the measures.</translation>
    </message>
    <message>
      <source>请填写工单编号（平台上的编号）。</source>
      <translation>Enter the order number (the platform's number).</translation>
    </message>
    <message>
      <source>请填写开始时间。</source>
      <translation>Enter the start time.</translation>
    </message>
    <message>
      <source>请填写所属旗/县（如 科右中旗）。</source>
      <translation>Enter the banner or county.</translation>
    </message>
    <message>
      <source>请填写日期。</source>
      <translation>Enter the date.</translation>
    </message>
    <message>
      <source>请填写派出所名称（如 高力板派出所）。</source>
      <translation>Enter the station's name.</translation>
    </message>
    <message>
      <source>请填写签收人。</source>
      <translation>Enter who received it.</translation>
    </message>
    <message>
      <source>请填写签订日期（不能晚于今天）。</source>
      <translation>Enter the signing date (not later than today).</translation>
    </message>
    <message>
      <source>请填写结束时间。</source>
      <translation>Enter the end time.</translation>
    </message>
    <message>
      <source>请填写诉求内容。</source>
      <translation>Enter what the caller asks.</translation>
    </message>
    <message>
      <source>请填写调解人。</source>
      <translation>Enter the mediators.</translation>
    </message>
    <message>
      <source>请填写调解地点。</source>
      <translation>Enter where the mediation took place.</translation>
    </message>
    <message>
      <source>请填写调解开始和结束时间。</source>
      <translation>Enter when the mediation started and ended.</translation>
    </message>
    <message>
      <source>请填写责任人。</source>
      <translation>Enter who is responsible.</translation>
    </message>
    <message>
      <source>请填写通报内容。</source>
      <translation>Enter what the warning says.</translation>
    </message>
    <message>
      <source>请填写通报对象（如 司法所、妇联、嘎查委员会）。</source>
      <translation>Enter who is warned (e.g. the judicial office, the women's federation, the gacha committee).</translation>
    </message>
    <message>
      <source>请把该列设置为“文本”格式后重新填写</source>
      <translation>format the column as Text and enter it again</translation>
    </message>
    <message>
      <source>请简要写明纠纷情况。</source>
      <translation>Describe the dispute briefly.</translation>
    </message>
    <message>
      <source>请至少添加一位当事人。</source>
      <translation>Add at least one party.</translation>
    </message>
    <message>
      <source>请至少添加一名队员（含队长）。</source>
      <translation>Add at least one member (the leader counts).</translation>
    </message>
    <message>
      <source>请至少选择一个宣传主题（如：反电诈、禁毒、交通安全）。</source>
      <translation>Choose at least one topic (e.g. anti-fraud, drugs, traffic safety).</translation>
    </message>
    <message>
      <source>请至少选择一位被害人。</source>
      <translation>Choose at least one victim.</translation>
    </message>
    <message>
      <source>请至少选择一名参加巡逻的人员。</source>
      <translation>Choose at least one person on the patrol.</translation>
    </message>
    <message>
      <source>请至少选择一户走访对象（从居民中选择被走访的人）。</source>
      <translation>Choose at least one household visited (pick the people visited from the residents).</translation>
    </message>
    <message>
      <source>请说明查看完整号码的原因。</source>
      <translation>Say why the full number is needed.</translation>
    </message>
    <message>
      <source>请选择 中文 或 English。</source>
      <translation>Choose Chinese or English.</translation>
    </message>
    <message>
      <source>请选择“放假”或“上班（调休）”。</source>
      <translation>Choose Holiday or Working day (make-up).</translation>
    </message>
    <message>
      <source>请选择一个网格。</source>
      <translation>Choose a grid.</translation>
    </message>
    <message>
      <source>请选择一个网格（不是镇或村）。</source>
      <translation>Choose a grid (not a town or a village).</translation>
    </message>
    <message>
      <source>请选择一位居民或一个账户。</source>
      <translation>Choose a resident or an account.</translation>
    </message>
    <message>
      <source>请选择保留本库的记录，或采用数据包中的记录。</source>
      <translation>Choose to keep this database's record or take the bundle's.</translation>
    </message>
    <message>
      <source>请选择协议履行情况：{choices}</source>
      <translation>Choose how the agreement was performed: {choices}</translation>
    </message>
    <message>
      <source>请选择协议种类：治安调解协议书 或 人民调解协议书。</source>
      <translation>Choose the kind of agreement: police mediation or people's mediation.</translation>
    </message>
    <message>
      <source>请选择去向：{choices}</source>
      <translation>Choose where it goes: {choices}</translation>
    </message>
    <message>
      <source>请选择发现类型：{choices}</source>
      <translation>Choose the kind of finding: {choices}</translation>
    </message>
    <message>
      <source>请选择巡逻类型：{choices}</source>
      <translation>Choose the kind of patrol: {choices}</translation>
    </message>
    <message>
      <source>请选择巡逻队。</source>
      <translation>Choose the patrol team.</translation>
    </message>
    <message>
      <source>请选择满意度：{choices}</source>
      <translation>Choose the satisfaction: {choices}</translation>
    </message>
    <message>
      <source>请选择纠纷来源：{choices}</source>
      <translation>Choose the source: {choices}</translation>
    </message>
    <message>
      <source>请选择纠纷类别，如：{choices}…</source>
      <translation>Choose the category, e.g. {choices}…</translation>
    </message>
    <message>
      <source>请选择纠纷类别：{choices}</source>
      <translation>Choose the category: {choices}</translation>
    </message>
    <message>
      <source>请选择被害人。</source>
      <translation>Choose the victim.</translation>
    </message>
    <message>
      <source>请选择角色：{choices}。</source>
      <translation>Choose the role: {choices}.</translation>
    </message>
    <message>
      <source>请选择走访民警。</source>
      <translation>Choose the visiting officer.</translation>
    </message>
    <message>
      <source>请选择队伍类型：{choices}</source>
      <translation>Choose the kind of team: {choices}</translation>
    </message>
    <message>
      <source>请选择：{choices}</source>
      <translation>Choose: {choices}</translation>
    </message>
    <message>
      <source>调解不成</source>
      <translation>Mediation failed</translation>
    </message>
    <message>
      <source>调解不成：{reason}；{referral}</source>
      <translation>Mediation failed: {reason}; {referral}</translation>
    </message>
    <message>
      <source>调解中</source>
      <translation>Mediating</translation>
    </message>
    <message>
      <source>调解人未填写，不能打印。</source>
      <translation>No mediators: it cannot be printed.</translation>
    </message>
    <message>
      <source>调解协议至少需要两方当事人。</source>
      <translation>An agreement needs at least two parties.</translation>
    </message>
    <message>
      <source>调解员未填写，不能打印。</source>
      <translation>No mediators: it cannot be printed.</translation>
    </message>
    <message>
      <source>调解尚未结束（或案件已撤回、不予调解），不能结案。</source>
      <translation>mediation has not ended (or the case was withdrawn or not mediable), so it cannot be closed.</translation>
    </message>
    <message>
      <source>调解成功</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <source>调解成功率</source>
      <translation>Success rate</translation>
    </message>
    <message>
      <source>调解成功（结案且达成协议）</source>
      <translation>Resolved (closed with an agreement)</translation>
    </message>
    <message>
      <source>调解时间不能晚于现在。</source>
      <translation>The mediation cannot be later than now.</translation>
    </message>
    <message>
      <source>调解时间早于纠纷反映时间（{time}）。</source>
      <translation>The mediation is dated before the dispute was reported ({time}).</translation>
    </message>
    <message>
      <source>调解机关（组织）</source>
      <translation>The mediating body</translation>
    </message>
    <message>
      <source>赫哲族</source>
      <translation>Hezhen</translation>
    </message>
    <message>
      <source>走访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <source>走访发现开立纠纷</source>
      <translation>Disputes opened from visits</translation>
    </message>
    <message>
      <source>走访和普法宣传</source>
      <translation>Visits and legal awareness</translation>
    </message>
    <message>
      <source>走访排查</source>
      <translation>Found on a visit</translation>
    </message>
    <message>
      <source>走访日期</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <source>走访次数</source>
      <translation>Visits</translation>
    </message>
    <message>
      <source>跨夜巡逻请把结束日期改为第二天。</source>
      <translation>For a patrol through the night, set the end date to the next day.</translation>
    </message>
    <message>
      <source>身份证号中的X只能出现在18位号码的最后一位（校验位）</source>
      <translation>X can only be the last (check) digit of an 18-digit ID number</translation>
    </message>
    <message>
      <source>身份证号为空</source>
      <translation>The ID number is empty</translation>
    </message>
    <message>
      <source>身份证号含有非法字符：{chars}</source>
      <translation>The ID number has characters it cannot have: {chars}</translation>
    </message>
    <message>
      <source>身份证号应为18位，现为{n}位</source>
      <translation>An ID number has 18 digits, this one has {n}</translation>
    </message>
    <message>
      <source>身份证号应为18位，这个数字超过了18位；{fix}</source>
      <translation>An ID number has 18 digits; this number has more; {fix}</translation>
    </message>
    <message>
      <source>身份证号应为文字，现为{type}类型</source>
      <translation>The ID number should be text, not {type}</translation>
    </message>
    <message>
      <source>身份证号被Excel存成了数字（{value}），末几位已丢失；{fix}</source>
      <translation>Excel stored the ID number as a number ({value}) and its last digits are lost; {fix}</translation>
    </message>
    <message>
      <source>转派</source>
      <translation>Dispatched</translation>
    </message>
    <message>
      <source>载入演示数据</source>
      <translation>load demo data</translation>
    </message>
    <message>
      <source>辅警</source>
      <translation>Auxiliary</translation>
    </message>
    <message>
      <source>边境</source>
      <translation>Border</translation>
    </message>
    <message>
      <source>边境巡逻队</source>
      <translation>Border patrol</translation>
    </message>
    <message>
      <source>达成协议</source>
      <translation>Agreed</translation>
    </message>
    <message>
      <source>达斡尔族</source>
      <translation>Daur</translation>
    </message>
    <message>
      <source>返还地点</source>
      <translation>The place of return</translation>
    </message>
    <message>
      <source>返还日期</source>
      <translation>Return date</translation>
    </message>
    <message>
      <source>返还日期（{day}）太远：最多提前 {n} 天安排。</source>
      <translation>The return date ({day}) is too far ahead: at most {n} days.</translation>
    </message>
    <message>
      <source>返还日期：{message}</source>
      <translation>Return date: {message}</translation>
    </message>
    <message>
      <source>返还金额</source>
      <translation>Amount returned</translation>
    </message>
    <message>
      <source>这份协议（校验码 {code}）不是现行的协议：打印前协议或当事人信息已有改动。请重新预览，再打印。</source>
      <translation>This agreement (verification code {code}) is not the current one: the agreement or the parties changed before printing. Preview it again, then print.</translation>
    </message>
    <message>
      <source>这份文书不属于本案件。</source>
      <translation>This document does not belong to this case.</translation>
    </message>
    <message>
      <source>这是唯一可用的管理员账户，不能停用。</source>
      <translation>This is the only administrator in use: it cannot be disabled.</translation>
    </message>
    <message>
      <source>这是唯一的管理员账户，不能改为其他角色。</source>
      <translation>This is the only administrator: its role cannot be changed.</translation>
    </message>
    <message>
      <source>这条冲突已由 {name} 处理过了。</source>
      <translation>{name} has already settled this conflict.</translation>
    </message>
    <message>
      <source>这条发现已开立案件 {number}，不能重复开立。</source>
      <translation>This finding already opened case {number}.</translation>
    </message>
    <message>
      <source>这条记录在发现冲突之后又有了新的版本，不能再逐项采用。请选择“保留本库的记录”。</source>
      <translation>The record has a newer version since the conflict was found: it cannot be taken field by field. Choose to keep this database's record.</translation>
    </message>
    <message>
      <source>这条记录在发现冲突之后又有了新的版本，数据包中的这一份已经过时。请选择“保留本库的记录”。</source>
      <translation>The record has a newer version since the conflict was found, so the bundle's copy is out of date. Choose to keep this database's record.</translation>
    </message>
    <message>
      <source>这次集中返赃定于 {day}，日期未到，不能标记已返还。</source>
      <translation>The handover is set for {day}, which has not come yet: it cannot be marked as returned.</translation>
    </message>
    <message>
      <source>违法犯罪线索</source>
      <translation>Crime lead</translation>
    </message>
    <message>
      <source>追回日期</source>
      <translation>Recovery date</translation>
    </message>
    <message>
      <source>追回笔数</source>
      <translation>Recoveries</translation>
    </message>
    <message>
      <source>追回金额</source>
      <translation>Amount recovered</translation>
    </message>
    <message>
      <source>追缴变卖所得</source>
      <translation>Proceeds of seized goods</translation>
    </message>
    <message>
      <source>追赃返赃</source>
      <translation>Restitution</translation>
    </message>
    <message>
      <source>退回重办</source>
      <translation>Returned</translation>
    </message>
    <message>
      <source>退役军人</source>
      <translation>Veteran</translation>
    </message>
    <message>
      <source>选择的是正在使用的数据库本身，不是备份。</source>
      <translation>That is the database in use itself, not a backup.</translation>
    </message>
    <message>
      <source>通报时间不能晚于现在。</source>
      <translation>The warning cannot be sent later than now.</translation>
    </message>
    <message>
      <source>通报时间早于纠纷反映时间（{time}）。</source>
      <translation>The warning is dated before the dispute was reported ({time}).</translation>
    </message>
    <message>
      <source>道路交通</source>
      <translation>Roads and traffic</translation>
    </message>
    <message>
      <source>邻里纠纷</source>
      <translation>Neighbours</translation>
    </message>
    <message>
      <source>部分履行</source>
      <translation>Partly performed</translation>
    </message>
    <message>
      <source>部分返还</source>
      <translation>Partly returned</translation>
    </message>
    <message>
      <source>鄂伦春族</source>
      <translation>Oroqen</translation>
    </message>
    <message>
      <source>鄂温克族</source>
      <translation>Evenki</translation>
    </message>
    <message>
      <source>配偶</source>
      <translation>Spouse</translation>
    </message>
    <message>
      <source>里程不能为负数。</source>
      <translation>The distance cannot be negative.</translation>
    </message>
    <message>
      <source>里程请填写数字（公里），如 12.5。</source>
      <translation>Enter the distance as a number of km, e.g. 12.5.</translation>
    </message>
    <message>
      <source>里程超过 {max} 公里，请核对（单位是公里）。</source>
      <translation>The distance is over {max} km: check it (in km).</translation>
    </message>
    <message>
      <source>重大</source>
      <translation>Severe</translation>
    </message>
    <message>
      <source>重新启动：{reason}</source>
      <translation>Reopened: {reason}</translation>
    </message>
    <message>
      <source>重点人员</source>
      <translation>Person of concern</translation>
    </message>
    <message>
      <source>重点时段</source>
      <translation>Peak hours</translation>
    </message>
    <message>
      <source>金额“{amount}”不能为负数。</source>
      <translation>The amount “{amount}” cannot be negative.</translation>
    </message>
    <message>
      <source>金额“{amount}”不能为零。</source>
      <translation>The amount “{amount}” cannot be zero.</translation>
    </message>
    <message>
      <source>金额“{amount}”无法识别。</source>
      <translation>The amount “{amount}” is not recognised.</translation>
    </message>
    <message>
      <source>金额“{amount}”无法识别：请填写数字，例如 30000、3,000.50、3.5万 或 30000元。</source>
      <translation>The amount “{amount}” is not recognised: write a number, e.g. 30000, 3,000.50 or 30000 yuan.</translation>
    </message>
    <message>
      <source>金额“{amount}”最多精确到分（小数点后两位）。</source>
      <translation>The amount “{amount}” has more than two decimals.</translation>
    </message>
    <message>
      <source>金额“{amount}”超过 1 亿元，请检查是否多输入了数字。</source>
      <translation>The amount “{amount}” is over 100 million yuan: check for an extra digit.</translation>
    </message>
    <message>
      <source>金额不能为负数。</source>
      <translation>The amount cannot be negative.</translation>
    </message>
    <message>
      <source>金额未填写。</source>
      <translation>The amount is missing.</translation>
    </message>
    <message>
      <source>金额过大，无法写成大写。</source>
      <translation>The amount is too large to write in words.</translation>
    </message>
    <message>
      <source>银行转账</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <source>锚点应为报表上印的审计链哈希（至少 16 位十六进制数字）。</source>
      <translation>The anchor is the audit chain hash printed on the report (at least 16 hexadecimal digits).</translation>
    </message>
    <message>
      <source>锡伯族</source>
      <translation>Xibe</translation>
    </message>
    <message>
      <source>镇政府</source>
      <translation>Town government</translation>
    </message>
    <message>
      <source>门巴族</source>
      <translation>Monba</translation>
    </message>
    <message>
      <source>防溺水</source>
      <translation>Drowning prevention</translation>
    </message>
    <message>
      <source>防范养老诈骗</source>
      <translation>Pension scams</translation>
    </message>
    <message>
      <source>阴</source>
      <translation>Overcast</translation>
    </message>
    <message>
      <source>阿昌族</source>
      <translation>Achang</translation>
    </message>
    <message>
      <source>附件“{name}”已丢失或被改动（校验不符），请从备份恢复。</source>
      <translation>The attachment “{name}” is missing or was changed (checksum mismatch): restore it from a backup.</translation>
    </message>
    <message>
      <source>附件已加密，需要登录加密的数据库才能读取。</source>
      <translation>The attachment is encrypted: log in to the encrypted database to read it.</translation>
    </message>
    <message>
      <source>附件文件已损坏或被改动（解密校验失败），请从备份恢复。</source>
      <translation>The attachment file is damaged or was changed (decryption check failed): restore it from a backup.</translation>
    </message>
    <message>
      <source>附件的校验值不正确，无法找到该附件（记录可能已损坏）。</source>
      <translation>The attachment's checksum is wrong, so it cannot be found (the record may be damaged).</translation>
    </message>
    <message>
      <source>雨</source>
      <translation>Rain</translation>
    </message>
    <message>
      <source>雪</source>
      <translation>Snow</translation>
    </message>
    <message>
      <source>雾</source>
      <translation>Fog</translation>
    </message>
    <message>
      <source>非亲属</source>
      <translation>Not related</translation>
    </message>
    <message>
      <source>风险等级：{level}</source>
      <translation>Risk level: {level}</translation>
    </message>
    <message>
      <source>风险等级：{level}（{factors}）</source>
      <translation>Risk level: {level} ({factors})</translation>
    </message>
    <message>
      <source>风险评估</source>
      <translation>Risk assessed</translation>
    </message>
    <message>
      <source>高</source>
      <translation>High</translation>
    </message>
    <message>
      <source>高山族</source>
      <translation>Gaoshan</translation>
    </message>
    <message>
      <source>高风险</source>
      <translation>High risk</translation>
    </message>
    <message>
      <source>黎族</source>
      <translation>Li</translation>
    </message>
    <message>
      <source>（身份待查）</source>
      <translation>(identity unknown)</translation>
    </message>
    <message>
      <source>，另有 {amount} 待发还</source>
      <translation>, and {amount} is promised</translation>
    </message>
  </context>
</TS>