"""The core's words and messages in the interface language.

The core (station_app) never imports Qt and speaks Chinese: its vocabularies (states, kinds,
categories, levels, roles …) are stored in records and printed on Chinese documents, and its
messages are Chinese sentences, some with values in them ("当前状态为“登记”：…"). On screen they
follow the interface language: `core_text` looks a text up in the "Core" translation context, and
failing that matches it against TEMPLATES — the core's sentences with {named} places — and
translates the template, each value put back translated when it is itself a core word (a state, a
category) and as it is otherwise (a name, a number: data stays as typed).

Chinese needs nothing: with the Chinese interface every text comes back unchanged at once.
English lives in scripts/translations_en_core.py; update_translations.py puts the core's
vocabularies, these templates and that table into the "Core" context of the .ts file.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from ui.common.language import current_language

CONTEXT = "Core"
LIST_SEPARATOR = "、"

# The core's sentences with values in them, as the core writes them ({name}: a value).
TEMPLATES: tuple[str, ...] = (
    # workflow refusals and permissions (mediation/workflow, hotline/workflow, accounts/permissions)
    "当前状态为“{state}”：{reason}",
    "当前账户（{role}）无权{action}。",
    # dashboard: disputes, hotline, patrols (mediation/attention, hotline/attention, patrols/attention)
    "{level}风险 · {category} · {state}，尚未发出预警通报",
    "{level}风险 · {category} · {state}",
    "一事一策逾期：{measures}（{who}）",
    "回访已逾期（{day}）",
    "今天应回访",
    "{day} 应回访",
    "已逾期 {n} 天 · {rest}",
    "今天到期 · {rest}",
    "{n} 天后到期 · {rest}",
    "{status} · {office} · {category}：{content}",
    "{status} · {category}：{content}",
    "{team} {kind}巡逻 {start} 开始，已 {hours} 小时未结束（带队：{leader}），请结束巡逻并填写实际结束时间。",
    # periods and figures (reports/periods, reports/summary)
    "{year}年第{week}周",
    "{year}年{month}月",
    "{year}年",
    "类别：{category}",
    "风险等级：{level}",
    "回访：{satisfaction}",
    # hotline deadlines
    "{day}（{n}个工作日）",
    "{n}个工作日",
    # timeline (mediation steps, closing, documents, cases)
    "风险等级：{level}（{factors}）",
    "向{recipient}发出预警通报",
    "{recipient}已签收（{who}）",
    "一事一策：{responsible}，{due} 前",
    "措施已完成：{measures}",
    "第 {n} 次调解，{place}，调解人 {mediators}",
    "调解不成：{reason}；{referral}",
    "{kind} {number}，{n} 条，金额合计 {amount} 元",
    "{kind} {number}，{n} 条",
    "协议 {number} 已于 {day} 签订，安排回访（{plan}）",
    "{n}天",
    "回访：{performed}，{satisfaction}",
    "结案：{reason}",
    "撤回：{reason}",
    "不予调解：{reason}",
    "重新启动：{reason}",
    "打印{kind} {number}（校验码 {code}，{n} 页）",
    "打印调解笔录（校验码 {code}）",
    "打印预警通报（{recipient}）",
    "第{n}方",
    "{number} {category}（{source}）",
    "{number} {category}（{source}），当事人 {names}",
    # progress of long work (ui/common/tasks)
    "正在写入 {name}", "已写入 {n} 人", "写入新居民 {progress}", "更新居民 {progress}",
    "写入新工单 {progress}", "检查第 {progress} 行",
    # refusals (core/limits, core/textnorm, documents/money, mediation):
    # scripts/core_refusals_en.py and core_refusals_more_en.py
    "内容过长（最多 {limit} 个字）。",
    "电话号码格式不对：{value}（手机应为11位，如 13912345678；座机如 0482-1234567）",
    "日期无法识别：{value}（请写成 2023-02-22 或 2023年2月22日）",
    "日期无法识别：{value}",
    "日期不存在：{value}",
    "金额“{amount}”不能为负数。",
    "金额“{amount}”无法识别：请填写数字，例如 30000、3,000.50、3.5万 或 30000元。",
    "金额“{amount}”无法识别。",
    "金额“{amount}”最多精确到分（小数点后两位）。",
    "金额“{amount}”超过 1 亿元，请检查是否多输入了数字。",
    "金额“{amount}”不能为零。",
    "第 {n} 位当事人没有姓名。",
    "第 {n} 位当事人：{message}",
    "请选择纠纷来源：{choices}",
    "请选择纠纷类别，如：{choices}…",
    "请选择纠纷类别：{choices}",
    "找不到案件编号“{number}”。",
    "案件编号“{number}”不止一个单位在用，请用 --station 指明单位。",
    "未知的风险因素：{factors}",
    "当事人{name}未满{age_limit}周岁（{age}岁），须有监护人在场并记录其姓名。",
    "请选择去向：{choices}",
    "通报时间早于纠纷反映时间（{time}）。",
    "签收时间早于通报时间（{time}）。",
    "调解时间早于纠纷反映时间（{time}）。",
    "第 {n} 条金额：{message}",
    "第 {n} 条：{message}",
    "第 {n} 条协议内容为空。",
    "回访时间早于协议签订日期（{day}）。",
    "请选择协议履行情况：{choices}",
    "请选择满意度：{choices}",
    "剩余风险应为：{choices}",
    "请写明{step}的原因。",
    "协议在打印（校验码 {code}）之后又修改过，请重新打印给当事人签字。",
    "打印（校验码 {code}）之后当事人信息或协议有改动，请重新打印给当事人签字。",
    "签字的打印件校验码为 {signed}，不是最后打印的协议（校验码 {code}）。请核对，或重新打印。",
    "回访时间：{message}",
    "这份协议（校验码 {code}）不是现行的协议：打印前协议或当事人信息已有改动。请重新预览，再打印。",
    # refusals of the hotline and patrols
    "结束时间须晚于开始时间。{hint}",
    "办理时限应为 1 到 {max} 天：{value}",
    "工单编号过长（最多 {n} 个字符）。",
    "办理期限 {deadline} 早于受理日期 {day}。",
    "办理期限 {deadline} 已经过去。新登记的工单期限不能早于今天；补录已过期的历史工单请从平台导出后导入。",
    "时间无法识别：{value}",
    "时间不存在：{value}",
    "找不到工单编号“{number}”。",
    "工单编号 {number} 已经登记过。",
    "时间早于工单受理时间（{time}）。",
    "工作日数应在 0 到 {max} 之间：{value}",
    "发现时间须在这次巡逻期间（{start} 至 {end}）。",
    "请选择发现类型：{choices}",
    "里程超过 {max} 公里，请核对（单位是公里）。",
    "气温应在 {low}℃ 到 {high}℃ 之间，请核对。",
    "请选择巡逻类型：{choices}",
    "第 {n} 位队员没有姓名。",
    "“{team}”已停用，不能再记录新的巡逻。",
    "找不到名为“{name}”的巡逻队。",
    "已有名为“{name}”的巡逻队。",
    "请选择队伍类型：{choices}",
    "周次格式不对：{value}（应为 2026-W48）。",
    # refusals of residents, restitution, visits
    "“{name}”已存在。",
    "请选择：{choices}",
    "此处只能添加{kind}。",
    "性别应为“男”或“女”，现为“{value}”。",
    "民族“{value}”不在 56 个民族名单中。",
    "性别与身份证号不符：身份证号显示为{gender}。",
    "出生日期与身份证号不符：身份证号显示为 {day}。",
    "原因过长（最多 {n} 个字）。",
    "登记时间（{time}）不能晚于现在。",
    "找不到返赃案件“{number}”。",
    "犯罪嫌疑人最多 {n} 人。",
    "该次集中返赃{state}，不能再修改。",
    "这次集中返赃定于 {day}，日期未到，不能标记已返还。",
    "分配方式应为：{choices}",
    "返还日期：{message}",
    "返还日期（{day}）太远：最多提前 {n} 天安排。",
    "本案已追回 {recovered}，已返还和待发还合计 {returned}；删除这笔 {amount} 后追回金额将少于已返还金额，不能删除。",  # noqa: E501
    "，另有 {amount} 待发还",
    "周的写法不对：{value}（应如 2026-W48）",
    "这条发现已开立案件 {number}，不能重复开立。",
    "“{name}”的账户已停用，请选择其他民警。",
    "主题“{topic}…”过长（最多 {n} 个字）。",
    "一次走访最多记录 {n} 人，请分几次记录。",
    "第 {n} 位走访对象没有从居民中选择。",
    "第 {n} 位走访对象的户名过长（最多 {max} 个字）。",
    "第 {n} 位走访对象已不在居民登记中，请重新选择。",
    "“{name}”被重复添加。",
    "第 {n} 条发现：请选择类别（{choices}）。",
    "第 {n} 条发现：请写明发现的情况。",
    "第 {n} 条发现：{message}",
    "第 {n} 条发现所涉及的居民已不存在。",
    # refusals of printing, ID numbers, accounts, settings, the exchange
    "身份证号应为文字，现为{type}类型",
    "身份证号应为18位，这个数字超过了18位；{fix}",
    "身份证号含有非法字符：{chars}",
    "身份证号应为18位，现为{n}位",
    "校验位错误：应为{expected}，实为{actual}",
    "出生日期无效：{value}",
    "出生日期晚于今天：{value}",
    "出生日期过早：{value}",
    "身份证号被Excel存成了数字（{value}），末几位已丢失；{fix}",
    "计算校验位需要17位数字，现为“{value}”",
    "打印字体文件“{name}”已不存在或无法读取（{reason}）。请在“设置 → 打印字体”中重新选择字体后再打印。",
    "无法读取打印字体“{name}”（{reason}）。请在“设置 → 打印字体”中换一种字体。",
    "第{n}位当事人的姓名未填写。",
    "当事人{name}的身份证号有误：{message}",
    "协议种类“{kind}”不存在（应为治安调解或人民调解）。",
    "第{n}条协议内容为空。",
    "第{n}条的金额应大于零且不超过 1 亿元。",
    "履行期限（{deadline}）早于协议日期（{day}）。",
    "使用手册缺少这些截图：{names}（{folder}）",
    "第{n}行被害人姓名未填写。",
    "用户名“{name}”已被使用，请换一个。",
    "请选择角色：{choices}。",
    "本所没有名为“{name}”的管理员账户。",
    "无法保存数据包中的附件：{reason}。请检查磁盘空间。",
    "文件过大（超过 {n} MB）。",
    "找不到文件：{path}",
    "无法保存附件“{name}”：{reason}",
    "附件“{name}”已丢失或被改动（校验不符），请从备份恢复。",
    "本库没有单位代码“{codes}”。本库的单位：{known}。",
    "没有 {month} 月：{value}。",
    "统计期写法不对：{value}（应为 2026-W48、2026-11、2026-Q4 或 2026）。",
    "这条冲突已由 {name} 处理过了。",
    "无法逐项采用：{table} 没有栏目 {field}。",
    "本程序不认识数据表 {table}，请先升级平安台账。",
    "找不到文件夹 {path}：U盘没有插好，或路径写错了。",
    "没有已登记、未注销的单位代码 {code}。",
    "文件名“{name}”不能用作文件名，已拒绝写入。",
    # refusals whose first word is a value: after those they could swallow
    "{day} 是周{weekday}，本来就是工作日，无需设为调休上班。",
    "{day} 不在节假日日历中。",
    "{km} 公里用时 {duration}，平均每小时约 {speed} 公里，不可能是一次巡逻。请核对里程（单位是公里）和起止时间。",  # noqa: E501
    "{year} 年没有第 {week} 周。",
    "{n} 分钟",
    "{label}无法识别，请写成 2026-11-28 21:30。",
    "请填写{label}。",
    "{label}不能晚于现在。",
    "{n} 小时",
    "{label}无法识别。",
    "{label}必须大于零（填写的是 {value}）。",
    "{label}超过 1 亿元，请检查是否多输入了数字。",
    "{label}（{day}）不能晚于今天（{today}）。",
    "{name}已经是本案的被害人。",
    "{name}已返还 {returned}{promised}，被骗金额不能改为少于 {least}（填写的是 {value}）。",
    "{amount} 元",
    "{label}不能晚于今天（{today}），请核对日期。",
    "{label}（{day}）太早了，请核对年份。",
    "{label}应为整数：{value}",
    "{label}不能为负数。",
    "{label}（{value}）过大，请核对（最多 {max}）。",
    "{message}。身份证号被Excel存成了数字（{value}），Excel只保留15位有效数字，末几位可能已丢失；{fix}",
    "{message}。号码以000结尾，很可能是身份证号被Excel存成了数字，末几位已丢失；{fix}",
    "{label}未填写，不能打印。",
    "{name}的返还金额应大于零且不超过 1 亿元。",
    "{message}（PostgreSQL 的加密由服务器负责。）",
    # generic shapes last: a word of ours inside data's punctuation
    "{name}    {role} {number}",
    "{gender}  {rest}",  # "女  152223********6686  吐列毛杜镇 / …" (visits/reading)
    "{role} {rest}",  # a role and a number or place ("辅警 150106", "义警 白音花嘎查 189****3173")
    "{label_all}（{unit}）",  # the last bracket: "办结（结案或调解不成）（件）"
)
_PLACE = re.compile(r"\{(\w+)\}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for template in TEMPLATES:
        pattern = ""
        position = 0
        for match in _PLACE.finditer(template):
            name = match.group(1)  # "…_all": as much as it can (up to the last delimiter)
            value = f"(?P<{name}>.+)" if name.endswith("_all") else f"(?P<{name}>.+?)"
            pattern += re.escape(template[position:match.start()]) + value
            position = match.end()
        pattern += re.escape(template[position:])
        patterns.append((re.compile(pattern + r"\Z", re.DOTALL), template))
    return tuple(patterns)


def _lookup(text: str) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated if translated != text else None


def core_text(text: str) -> str:
    """`text` from the core in the interface language (unchanged in Chinese, and when it is data)."""
    if not text or current_language() == "zh_CN":
        return text
    return _translated(text, 0)


def _translated(text: str, depth: int) -> str:
    found = _lookup(text)
    if found is not None:
        return found
    if depth > 4:
        return text
    if LIST_SEPARATOR in text:  # a list of core words ("反电诈、交通安全"); names stay as they are
        parts = text.split(LIST_SEPARATOR)
        words = [_translated(part, depth + 1) for part in parts]
        if all(word != part for word, part in zip(words, parts, strict=True)):
            return ", ".join(words)
    for pattern, template in _compiled():
        match = pattern.match(text)
        if match is None:
            continue
        english = QCoreApplication.translate(CONTEXT, template)  # may read as it is ("{role} {rest}")
        captured = match.groupdict()
        values = {name: _translated(value, depth + 1) for name, value in captured.items()}
        if not _HAN.search(_PLACE.sub("", template)) and values == captured:
            continue  # only punctuation of ours around data ("张三（李四）"): leave it as it is
        return _fill(english, values)
    return text


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACE.sub(lambda place: values.get(place.group(1), place.group(0)), template)


def core_words() -> set[str]:
    """Every word of the core's vocabularies (states, kinds, categories, levels, roles, sources …):
    what update_translations.py puts in the "Core" context, and what the tests check has English."""
    import importlib

    words: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            if _HAN.search(value) and "{" not in value and ":" not in value:  # not "category:其他" keys
                words.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for item in value:
                collect(item)

    for module_name in VOCABULARY_MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("_") and name not in NOT_WORDS:
                collect(value)
    # composed ones ("类别：邻里纠纷") are translated through their template
    return {word for word in words if not any(pattern.match(word) for pattern, _ in _compiled())}


# Modules whose UPPER_CASE constants are the core's vocabularies.
VOCABULARY_MODULES = (
    "station_app.mediation.vocab", "station_app.patrols.vocab", "station_app.hotline.vocab",
    "station_app.restitution.vocab", "station_app.visits.vocab", "station_app.residents.vocab",
    "station_app.accounts.permissions", "station_app.core.urgency", "station_app.reports.summary",
)
# Constants there that are not words shown on screen (search keys, document phrases).
NOT_WORDS = {"SNOW_WORDS", "WEATHER"}
