"""Demo residents of Xing'an League (兴安盟): real banners and towns, plausible villages and names.

Everything is drawn from a `random.Random` the caller seeds, never from the global generator, so
the same seed gives the same people on every machine (demo databases, tests, benchmarks).
The names deliberately include what breaks careless code: long transliterated Mongolian names,
names with a middle dot, surnames that pinyin tools misread (单 仇 朴 查 解 区 曾) and characters
outside the BMP (𠮷).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from station_app.core.idnumber import make_id_number


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COUNTY_CODES: dict[str, str] = {
    "乌兰浩特市": "152201",
    "阿尔山市": "152202",
    "科右前旗": "152221",
    "科右中旗": "152222",
    "扎赉特旗": "152223",
    "突泉县": "152224",
}

# county → town (镇/苏木/乡/街道) → villages (嘎查/村/社区). Towns are real; villages are a mix of
# real and plausible names, written as space-separated strings to keep the table readable.
_PLACE_TEXT: dict[str, dict[str, str]] = {
    "乌兰浩特市": {
        "和平街道": "哈达社区 红城社区 园丁社区",
        "兴安街道": "兴安社区 团结社区",
        "城郊街道": "新桥社区 曙光社区",
        "乌兰哈达镇": "乌兰哈达村 三合村 永胜村",
        "葛根庙镇": "葛根庙嘎查 白音哈达嘎查 前公主陵村",
        "义勒力特镇": "义勒力特嘎查 宝力根花村",
    },
    "阿尔山市": {
        "温泉街道": "温泉社区 林海社区",
        "白狼镇": "白狼社区 洮儿河村",
        "五岔沟镇": "五岔沟社区 永安村",
        "明水河镇": "明水河村 索伦河村",
    },
    "科右前旗": {
        "科尔沁镇": "平安社区 东风村 永丰村",
        "索伦镇": "索伦村 东山村 乌兰哈达嘎查",
        "额尔格图镇": "额尔格图嘎查 保安屯村",
        "大石寨镇": "大石寨村 新发村",
        "居力很镇": "居力很嘎查 三合村",
        "乌兰毛都苏木": "乌兰毛都嘎查 巴音乌兰嘎查 苏格特嘎查",
    },
    "科右中旗": {
        "巴彦呼舒镇": "巴彦呼舒社区 乌兰花社区 巴彦呼舒嘎查 吉日嘎郎嘎查",
        "高力板镇": "查干陶勒盖嘎查 高力板嘎查 义和道卜嘎查 巴仁太本嘎查 五家子嘎查",
        "吐列毛杜镇": "吐列毛杜嘎查 哈日道卜嘎查 白音花嘎查",
        "好腰苏木镇": "新艾勒嘎查 东巴彦套海嘎查 召沙嘎查 伊和呼热嘎查 花灯嘎查",
        "巴彦淖尔苏木": "巴彦淖尔嘎查 乌力吉图嘎查 敖包图嘎查",
        "杜尔基镇": "杜尔基嘎查 阿拉坦花嘎查",
    },
    "扎赉特旗": {
        "音德尔镇": "音德尔社区 团结社区 双榆树村",
        "好力保镇": "包德福村 好力保村 前进村 新立村",
        "巴彦高勒镇": "巴彦高勒嘎查 哈拉黑村",
        "新林镇": "新林村 太平村",
        "胡尔勒镇": "胡尔勒嘎查 西胡尔勒村",
        "阿拉达尔吐苏木": "阿拉达尔吐嘎查 敖包嘎查",
    },
    "突泉县": {
        "突泉镇": "城东社区 城西社区 双城村",
        "六户镇": "六户村 西太平村",
        "水泉镇": "水泉村 永安村",
        "东杜尔基镇": "东杜尔基村 永兴村",
        "学田乡": "学田村 长胜村",
    },
}
PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    county: {town: _words(villages) for town, villages in towns.items()}
    for county, towns in _PLACE_TEXT.items()
}
# Hamlets (屯) inside some villages: rural addresses name the 屯 instead of a 组.
HAMLETS: dict[str, tuple[str, ...]] = {
    "包德福村": ("东小德德屯", "西小德德屯", "包德福屯"),
    "查干陶勒盖嘎查": ("东查干屯", "西查干屯"),
    "好力保村": ("前好力保屯", "后好力保屯"),
    "双城村": ("王家屯", "李家窝堡屯"),
}

HAN_SURNAMES = tuple(
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤单仇朴查解区"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
_HAN_GIVEN = {
    "男": "伟强磊军勇杰涛斌明超刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林国建志文永海春德成学峰东新立庆利福宝思",
    "女": "芳娜敏静丽艳娟霞燕玲桂秀英萍红琳雪梅婷晶颖慧倩佳欣悦丹月凤兰洁莉淑荣云琴玉翠美春",
}
_MONGOLIAN_GIVEN = {
    "男": _words(
        "巴特尔 额尔敦 乌力吉 宝音 那日苏 阿拉坦仓 朝鲁门 敖其尔 乌云毕力格 呼和 哈斯 音德力格尔 巴雅尔 "
        "孟和 苏和 毕力格 特木尔 布和 朝克图 额尔德尼 胡日查 巴图 达来 吉日嘎拉 阿木古楞"
    ),
    "女": _words(
        "其木格 萨仁高娃 斯琴 图雅 苏日娜 格日勒 乌兰 娜仁花 高娃 托娅 其其格 乌云 塔娜 阿茹娜 "
        "斯琴高娃 萨仁 琪琪格 额尔登其木格 哈斯 乌日娜"
    ),
}
# Han surnames many Mongolian families took (包 from Borjigin, 白, 韩 …), prefixed to the name.
_MONGOLIAN_PREFIXES = ("包", "白", "韩", "吴", "陈", "宝", "额")
_OTHER_SURNAMES = {
    "满族": "关佟那富赵王索",
    "回族": "马白杨回海丁",
    "朝鲜族": "金朴崔李郑姜",
    "达斡尔族": "郭敖孟何鄂",
}
_KOREAN_GIVEN = {"男": _words("成哲 哲洙 永哲 光日 昌浩"), "女": _words("英姬 顺子 美玉 贤淑 明淑")}
# U+20BB7 (𠮷), a real surname and given-name character outside the BMP.
_RARE_GIVEN = ("\U00020BB7祥", "\U00020BB7乐", "\U00020BB7庆", "\U00020BB7")
_ETHNICITIES = (("汉族", 60.0), ("蒙古族", 35.0), ("满族", 2.5), ("回族", 1.2), ("朝鲜族", 0.8),
                ("达斡尔族", 0.5))
_MOBILE_PREFIXES = tuple(
    [f"13{d}" for d in range(10)] + ["150", "151", "152", "153", "155", "156", "157", "158", "159"]
    + [f"18{d}" for d in range(10)] + ["170", "173", "175", "176", "177", "178"]
    + ["191", "193", "195", "196", "197", "198", "199"]
)
# A fixed window, not "today minus N years": the same seed must give the same people next year.
_BIRTH_YEAR_WEIGHTS = tuple((year, 1 if year < 1950 else 3 if year < 1960 else 5 if year < 1990
                             else 3 if year < 2005 else 2) for year in range(1935, 2021))


@dataclass(frozen=True)
class DemoPerson:
    """One generated resident; `id_number` is valid and agrees with `gender` and `birth_date`."""

    name: str
    gender: str  # "男" / "女"
    ethnicity: str
    birth_date: date
    id_number: str
    phone: str
    county: str
    town: str
    village: str
    address: str


def pick_place(rng: random.Random, county: str | None = None) -> tuple[str, str, str]:
    """A random (county, town, village) from `PLACES`, within `county` if given."""
    county = county or rng.choice(tuple(PLACES))
    town = rng.choice(tuple(PLACES[county]))
    return county, town, rng.choice(PLACES[county][town])


def generate_grids(rng: random.Random, village: str) -> list[str]:
    """Grid cell names for a village: "查干陶勒盖嘎查第1网格" …; communities get more cells."""
    count = rng.randint(3, 8) if village.endswith("社区") else rng.randint(1, 4)
    return [f"{village}第{number}网格" for number in range(1, count + 1)]


def generate_mobile(rng: random.Random) -> str:
    """A valid-looking 11-digit mainland mobile number (13x/15x/17x/18x/19x)."""
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def generate_name(rng: random.Random, gender: str, ethnicity: str) -> str:
    """A name fitting the gender and ethnicity, never shortened."""
    if ethnicity == "蒙古族":
        given = rng.choice(_MONGOLIAN_GIVEN[gender])
        roll = rng.random()
        if roll < 0.12:  # given name · father's name, as on some ID cards
            return f"{given}·{rng.choice(_MONGOLIAN_GIVEN['男'])}"
        if roll < 0.55:
            return rng.choice(_MONGOLIAN_PREFIXES) + given
        return given
    if ethnicity == "朝鲜族":
        return rng.choice(_OTHER_SURNAMES[ethnicity]) + rng.choice(_KOREAN_GIVEN[gender])
    if ethnicity in _OTHER_SURNAMES and rng.random() < 0.6:
        surname = rng.choice(_OTHER_SURNAMES[ethnicity])
    elif rng.random() < 0.01:
        surname = rng.choice(_COMPOUND_SURNAMES)
    else:
        surname = rng.choice(HAN_SURNAMES)
    if rng.random() < 0.008:
        return surname + rng.choice(_RARE_GIVEN)
    chars = _HAN_GIVEN[gender]
    length = 1 if rng.random() < 0.35 else 2
    return surname + "".join(rng.choice(chars) for _ in range(length))


def generate_person(rng: random.Random, region_code: str | None = None) -> DemoPerson:
    """One resident. `region_code` (6 digits) fixes the ID's region and, if it is one of
    `COUNTY_CODES`, the county of the address; otherwise both are drawn from Xing'an League.
    Raises ValueError if `region_code` is not 6 digits.
    """
    counties_by_code = {code: county for county, code in COUNTY_CODES.items()}
    county, town, village = pick_place(rng, counties_by_code.get(region_code or ""))
    if region_code is None:
        # Some residents were registered at birth in another banner and moved.
        region_code = COUNTY_CODES[county] if rng.random() < 0.9 else rng.choice(tuple(counties_by_code))
    gender = rng.choice(("男", "女"))
    ethnicity = rng.choices([e for e, _ in _ETHNICITIES], weights=[w for _, w in _ETHNICITIES])[0]
    year = rng.choices([y for y, _ in _BIRTH_YEAR_WEIGHTS], weights=[w for _, w in _BIRTH_YEAR_WEIGHTS])[0]
    birth = date(year, 1, 1) + timedelta(days=rng.randrange((date(year + 1, 1, 1) - date(year, 1, 1)).days))
    order = rng.randrange(500) * 2 + 1 if gender == "男" else rng.randrange(1, 500) * 2
    return DemoPerson(
        name=generate_name(rng, gender, ethnicity),
        gender=gender,
        ethnicity=ethnicity,
        birth_date=birth,
        id_number=make_id_number(region_code, birth, order),
        phone=generate_mobile(rng),
        county=county,
        town=town,
        village=village,
        address=_address(rng, town, village),
    )


def generate_people(seed: int, count: int) -> list[DemoPerson]:
    """`count` residents, the same for the same seed; no two share an ID or phone number."""
    if count < 0:
        raise ValueError(f"count must be >= 0, got {count}")
    rng = random.Random(seed)
    people: list[DemoPerson] = []
    seen_ids: set[str] = set()
    seen_phones: set[str] = set()
    while len(people) < count:
        person = generate_person(rng)
        if person.id_number in seen_ids or person.phone in seen_phones:
            continue
        seen_ids.add(person.id_number)
        seen_phones.add(person.phone)
        people.append(person)
    return people


def _address(rng: random.Random, town: str, village: str) -> str:
    if village.endswith("社区"):
        return (f"{town}{village}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元"
                f"{rng.randint(1, 6)}0{rng.randint(1, 4)}室")
    if village in HAMLETS and rng.random() < 0.5:
        return town + village + rng.choice(HAMLETS[village])
    return f"{town}{village}{rng.randint(1, 9)}组"
