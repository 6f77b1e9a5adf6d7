"""English for enrolment (设置 → 与县局互认密钥), signed bundles and opened attachments."""

ENGLISH = {
    "无法打开附件：{reason}": "Cannot open the attachment: {reason}",
    "与派出所约定的数据包密码（该所还没有与县局互认密钥）：":
        "The bundle password agreed with the station (it has not exchanged keys with the county yet):",
    "该所的审计记录被改动过": "The station's audit history was changed",
    "已核实，仍然导入并记录在案": "Checked: import anyway and keep a record",
    "本库的密钥": "This database's keys",
    "登记时请与对方电话核对这组数字；数字一致，才能确认对方拿到的是本库的密钥。":
        "When enrolling, read these digits to the other side by phone: only if they match does the other "
        "side have this database's key.",
    "导出本库登记文件到U盘…": "Export this database's enrolment file to a USB stick…",
    "导入对方的登记文件…": "Import the other side's enrolment file…",
    "重新生成本库密钥…": "Make new keys for this database…",
    "已登记的单位": "Enrolled units", "密钥指纹": "Key fingerprint",
    "注销所选单位的登记…": "Revoke the selected enrolment…", "（还没有密钥）": "(no keys yet)",
    "本机没有本库私钥文件：不能导出签名的数据包。请从备份恢复，或重新生成密钥后重新登记。":
        "This PC has no private key file for this database: signed bundles cannot be exported. Restore it "
        "from a backup, or make new keys and enrol again.",
    "已注销（{when} {who}）": "Revoked ({when} {who})", "有效": "Valid", "县局": "County bureau",
    "派出所": "Police station", "选择U盘或文件夹": "Choose a USB stick or folder",
    "已写入 {name}。请把它交给对方，并电话核对本库指纹：{digits}":
        "{name} written. Give it to the other side and compare this database's fingerprint by phone: {digits}",
    "选择对方的登记文件": "Choose the other side's enrolment file",
    "平安台账登记文件 (*.pajk);;所有文件 (*)": "Station Ledger enrolment files (*.pajk);;All files (*)",
    "无法读取 {name}：{reason}": "Cannot read {name}: {reason}",
    "{name}（{code}）的密钥指纹：\n\n{digits}\n\n请打电话与对方核对这组数字。完全一致才能登记；不一致说明文件不是对方的，请不要登记。":
        "Key fingerprint of {name} ({code}):\n\n{digits}\n\nPhone the other side and compare these digits. "
        "Enrol only if they match exactly; if not, the file is not theirs: do not enrol.",
    "核对指纹": "Compare fingerprints", "指纹一致，登记": "They match: enrol",
    "不一致，不登记": "They differ: do not enrol", "替换原登记？": "Replace the enrolment?",
    "替换（原密钥作废）": "Replace (the old key is revoked)",
    "已登记：{name}（{code}）。": "Enrolled: {name} ({code}).",
    "重新生成本库密钥": "Make new keys",
    "只在本库私钥丢失时才需要。重新生成后，原登记作废：须把新的登记文件送交对方重新登记。继续吗？":
        "Only needed when this database's private key was lost. Afterwards the old enrolment is void: the "
        "new enrolment file must be given to the other side to enrol again. Continue?",
    "已生成新密钥，指纹：{digits}。请导出登记文件送交对方重新登记。":
        "New keys made, fingerprint {digits}. Export the enrolment file and have the other side enrol again.",
    "请先选择一个有效的登记。": "Select a valid enrolment first.", "注销登记": "Revoke enrolment",
    "注销 {name}（{code}）的登记后，它签名的数据包不再导入。继续吗？":
        "After revoking {name} ({code}), bundles it signs are no longer imported. Continue?",
    "已注销 {code} 的登记。": "Enrolment of {code} revoked.",
    "与县局互认密钥": "Keys with the county",
    "数据包用县局的密钥加密，并由本所签名：不需要密码，只有县局能读。":
        "The bundle is encrypted for the county's key and signed by this station: no password, and only the "
        "county can read it.",
    "至少 8 个字符。县局导入时要用同一个密码，请另行告知，不要写在U盘上。（在“设置”中与县局互认密钥后，就不再需要密码。）":
        "At least 8 characters. The county needs the same password to import: tell it separately, never on "
        "the stick. (Once keys are exchanged with the county in Settings, no password is needed.)",
}
