"""Money as the station types it and as an agreement prints it. Amounts are integer fen (分).

`parse_amount` reads what officers actually type ("3万", "3,000.50", full-width digits,
"人民币30000元") and refuses anything it would have to guess. `amount_in_capitals` writes the
大写 form used on agreements and receipts, following the rules banks apply to cheques and
vouchers (中国人民银行《支付结算办法》附件《正确填写票据和结算凭证的基本规定》):

1. Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four, groups 万 and 亿, then
   元角分; always prefixed 人民币. "壹拾" keeps its 壹 (10 → 壹拾元整, never 拾元整).
2. An amount ending at 元 ends with 整 (30000.00 → 人民币叁万元整). After 角 the rules allow 整
   or nothing; we write nothing (1005.50 → 人民币壹仟零伍元伍角). After 分 never 整.
3. Zeros between non-zero digits are written as one 零, however many there are, also across a
   万/亿 group (1005 → 壹仟零伍, 10005000 → 壹仟万零伍仟); trailing zeros are not written.
4. 角 is zero but 分 is not: 元 is followed by 零 (10.07 → 人民币壹拾元零柒分).
5. 元位 is zero and 角 is not: the rules allow 零 or nothing; we write nothing
   (1680.32 → 人民币壹仟陆佰捌拾元叁角贰分), the second form of the rules' own example.
6. Less than one 元: no 元 and no leading 零 (0.05 → 人民币伍分, 0.50 → 人民币伍角).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, localcontext

from station_app.core.textnorm import half_width

FEN_PER_YUAN = 100
MAX_FEN = 100_000_000 * FEN_PER_YUAN  # 1 亿元: more than any dispute this station mediates
_SHOWN = 30  # characters of the typed text a message repeats

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_GROUP_UNITS = ("", "万", "亿")

# After half_width (full-width digits, ，and ． become ASCII): an optional currency word, a number with
# correctly grouped thousands or none, an optional 万, an optional 元/块 and 整.
_AMOUNT = re.compile(
    r"(?:人民币|rmb|cny|¥|￥)?"
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
    r"(?P<wan>万)?(?:元|块)?整?",
    re.IGNORECASE,
)


def parse_amount(text: str, *, allow_zero: bool = False) -> int:
    """The amount typed in `text`, in fen.

    Accepts "30000", "3,000.50", "３０００", "3万", "3.5万", "30000元", "人民币30000元", "¥1,200",
    "3万元整". Raises ValueError with a Chinese message naming the value for: empty or
    unreadable text, a minus sign, zero (unless allow_zero), more than two decimal places of
    元, or more than 1 亿元.
    """
    typed = (text or "").strip()
    shown = typed if len(typed) <= _SHOWN else typed[:_SHOWN] + "…"
    # Full-width forms only: NFKC would also read "3²" as 32 and "①" as 1 — a guess, not a reading.
    cleaned = "".join(half_width(typed).split())
    if not cleaned:
        raise ValueError("金额未填写。")
    if cleaned[0] in "-−" or cleaned.startswith("负"):
        raise ValueError(f"金额“{shown}”不能为负数。")
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"金额“{shown}”无法识别：请填写数字，例如 30000、3,000.50、3.5万 或 30000元。")
    digits = match.group("number").replace(",", "")
    # Enough precision for every digit typed: the default 28 would round 0.0100…01 to 1 分.
    with localcontext() as context:
        context.prec = len(digits) + 8
        try:
            yuan = Decimal(digits)
        except InvalidOperation as exc:  # the pattern admits only digits, but never trust that
            raise ValueError(f"金额“{shown}”无法识别。") from exc
        if match.group("wan"):
            yuan *= 10_000
        fen = yuan * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValueError(f"金额“{shown}”最多精确到分（小数点后两位）。")
    if fen > MAX_FEN:
        raise ValueError(f"金额“{shown}”超过 1 亿元，请检查是否多输入了数字。")
    if fen == 0 and not allow_zero:
        raise ValueError(f"金额“{shown}”不能为零。")
    return int(fen)


def format_amount(fen: int) -> str:
    """Figures with thousands separators and two decimals: 3000050 → "30,000.50"."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{yuan:,}.{rest:02d}"


def _group_capitals(value: int) -> str:
    """Capitals of 0 < value < 10000 with 零 for inner zeros, e.g. 1005 → 壹仟零伍."""
    out: list[str] = []
    zero_pending = False
    for position in range(3, -1, -1):
        digit = value // 10**position % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(out)


def _integer_capitals(yuan: int) -> str:
    """Capitals of a whole number of 元 (> 0), groups of four digits joined by 万 and 亿."""
    groups: list[int] = []
    while yuan:
        yuan, group = divmod(yuan, 10_000)
        groups.append(group)
    if len(groups) > len(_GROUP_UNITS):
        raise ValueError("金额过大，无法写成大写。")
    out: list[str] = []
    zero_between = False  # a zero digit seen since the last non-zero one
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_between = bool(out)
            continue
        # Zeros at the end of the higher group or the start of this one sit between non-zero
        # digits (壹仟万零伍仟, 壹万零伍佰), so one 零 joins the two groups.
        if out and (zero_between or group < 1000):
            out.append("零")
        out.append(_group_capitals(group) + _GROUP_UNITS[index])
        zero_between = group % 10 == 0
    return "".join(out)


def amount_in_capitals(fen: int) -> str:
    """The 大写 form of an amount in fen, e.g. 3000000 → "人民币叁万元整" (rules in the module doc).

    0 gives "人民币零元整". Raises ValueError for a negative amount or one of 1 万亿元 or more.
    """
    if fen < 0:
        raise ValueError("金额不能为负数。")
    yuan, rest = divmod(fen, FEN_PER_YUAN)
    jiao, fen_digit = divmod(rest, 10)
    if yuan == 0 and rest == 0:
        return "人民币零元整"
    text = _integer_capitals(yuan) + "元" if yuan else ""
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        text += "零"  # rule 4: 壹拾元零柒分
    if fen_digit:
        text += _DIGITS[fen_digit] + "分"
    elif not jiao:
        text += "整"
    return "人民币" + text


def amount_text(fen: int) -> str:
    """Capitals with figures, as agreements print them: "人民币叁万元整（¥30,000.00）"."""
    return f"{amount_in_capitals(fen)}（¥{format_amount(fen)}）"
