"""Units of a government: the 列席 list as a directory, and short forms resolved against it.

The 列席 list names every unit present in its canonical form (`市城管局徐彬`). Lead units and
addressees are often written short (`城管局`, `发改`); `UnitDirectory.canonical` maps them
to the listed form, or None when no single listed unit fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from summarizer.rules.patterns import (
    ADMIN_PREFIXES,
    BODIES_ANSWERED_TO,
    BRACKETED,
    GLUED_AFTER,
    GLUED_BEFORE,
    GLUED_NEVER_OPEN,
    GROUP_NOT_UNIT,
    NAME_NEVER_ENDS,
    NOT_UNIT_ENDINGS,
    OFFICIAL_TITLE,
    PLAIN_UNIT_SUFFIXES,
    SUFFIX_WORDS,
)
from summarizer.schema import Minutes

# Common single-character surnames, then compound ones: a person's name starts with one.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区"
    "郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍"
    "辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣"
    "信展阴昝智幸奉植衡富尧闭由贝"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙")

# Plain endings as a tuple for str.endswith: a `(?:…)$` search would try every position.
_PLAIN_SUFFIXES = tuple(s for s in PLAIN_UNIT_SUFFIXES if s != "组")
LONG_SUFFIXES = tuple(s for s in _PLAIN_SUFFIXES if len(s) > 1 and s != "同志")  # no name ends so
_ADMIN_PREFIX = re.compile(f"^(?:{'|'.join(ADMIN_PREFIXES)})")
_HAN_NAME = re.compile("[\u4e00-\u9fff]+")


def sender_end(words: str, limit: int | None = None) -> int:
    """Where `关于` starts when the words before it name a unit (`县统计局关于A的汇报`,
    `县住建局关于…的请示`: the unit that reported or sent it), else 0; `limit` bounds the search."""
    about = words.find("关于", 0, limit if limit is not None else len(words))
    return about if about > 0 and looks_like_unit(words[:about]) else 0


def looks_like_unit(text: str) -> bool:
    # `县发改局（粮食和储备局）`, `区应急管理局(安委办)`: the unit before its other name
    if text.endswith(("）", ")")) and ("（" in text or "(" in text):
        text = text[: max(text.rfind("（"), text.rfind("("))]
    if len(text) < 2 or text.endswith(NOT_UNIT_ENDINGS):
        return False
    return text.endswith(_PLAIN_SUFFIXES) or (text.endswith("组") and text[-2] not in GROUP_NOT_UNIT)


def unit_before_a_title(text: str) -> bool:
    """The words right before a 《document》 name the unit that brought it (`研究了县卫生局《A》`), not the
    place the document is for (`审议官渡区《城乡绿化美化规划》`: a place alone)."""
    return looks_like_unit(text) and _PLACE_ONLY.fullmatch(text) is None


_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}[市县区旗州盟]")
_UNIT_MAX_CHARS = 12
_NEVER_IN_A_LEADING_UNIT = re.compile(r"[\d、，,和及与的等]|关于")
# `县政府领导…工作情况`: its officials reported; `县政府十八届四次全体会议筹备情况`: a meeting of the unit, not the unit
_NOT_THE_UNIT_ITSELF = re.compile(r"领导|[\d一二三四五六七八九十]+届|第[\d一二三四五六七八九十]+次")


def leading_units(phrase: str) -> list[tuple[int, int]]:
    """The units a heard report opens with: `县农业局、林业局、住建局专项工作情况` → three,
    `县机关事务局公务接待有关情况` → one (the longest name that reads as a unit). None unless the
    first names its level (`县`, `区`…): `金州园区规划建设情况` names what was heard, not who."""
    if not phrase.startswith(ADMIN_PREFIXES):
        return []
    # (what a bracket lists is part of the name: `各镇（区、街道）`)
    masked = BRACKETED.sub(_blank_inside, phrase)
    spans: list[tuple[int, int]] = []
    start = 0
    while (end := _longest_unit(masked, start)) is not None and not _NOT_THE_UNIT_ITSELF.match(phrase, end):
        if phrase.endswith("政府", start, end):
            break  # `听取市政府3月份重点工作…报告`: the government's own work, no unit that reported it
        if phrase.endswith(BODIES_ANSWERED_TO, start, end):
            break  # `市人大代表建议办理情况`: the deputies' suggestions handled, not a report of the 人大
        spans.append((start, end))
        if not phrase.startswith("、", end):
            break
        start = end + 1
    return spans


def _blank_inside(bracket: re.Match[str]) -> str:
    text = bracket.group()
    return text[0] + "〇" * (len(text) - 2) + text[-1]


def _longest_unit(phrase: str, start: int) -> int | None:
    stop = start + _UNIT_MAX_CHARS
    if bar := _NEVER_IN_A_LEADING_UNIT.search(phrase, start, stop):
        stop = bar.start()
    ends = range(min(stop, len(phrase)), start + 1, -1)
    return next(
        (end for end in ends if looks_like_unit(phrase[start:end]) and phrase[end - 1 : end + 1] not in SUFFIX_WORDS),
        None,
    )


def unit_edges(text: str) -> tuple[int, int]:
    """Where the name sits in `text`, past a verb or particle glued on either side:
    `了市应急局` → `市应急局`, `各责任单位相` → `各责任单位`; `同济医院` stays whole."""
    start, end = 0, len(text)
    while True:
        if text.startswith(GLUED_NEVER_OPEN, start) and end - start - 1 >= 2:
            start += 1
        elif glued := GLUED_BEFORE.match(text, start):
            start = glued.end()
        else:
            break
    for word in GLUED_AFTER:
        if text.endswith(word, start, end) and looks_like_unit(text[start : end - len(word)]):
            end -= len(word)
            break
    return start, end


def clean_unit(text: str) -> str:
    start, end = unit_edges(text)
    return text[start:end]


def looks_like_name(text: str) -> bool:
    if not 2 <= len(text) <= 4:
        return False
    compound = text[:2] in COMPOUND_SURNAMES
    surname_fits = len(text) >= 3 if compound else text[0] in SURNAMES and len(text) <= 3
    # `县城管局` is not `县城` + `管局`: a name does not end the way a unit does.
    return surname_fits and text[-1] not in NAME_NEVER_ENDS and _HAN_NAME.fullmatch(text) is not None


def split_unit_and_name(token: str, *, any_surname: bool = False) -> tuple[str, str] | None:
    """`市人社局严枫` → (`市人社局`, `严枫`); None when the token is not unit + name.

    `any_surname`: also a name outside the common surnames (`旗农牧局其木格`, a Mongolian name),
    for lists that hold nothing but units and their people."""
    for name_length in (3, 2, 4):
        unit, name = token[:-name_length], token[-name_length:]
        fits = looks_like_any_name(name) if any_surname else looks_like_name(name)
        if fits and looks_like_unit(unit):  # the cheap check first
            return unit, name
    return None


def looks_like_any_name(text: str) -> bool:
    return _HAN_NAME.fullmatch(text) is not None and not looks_like_unit(text) and not OFFICIAL_TITLE.search(text)


_ROSTER_SEPARATORS = re.compile("[、，,；;]")
_POSTS_WITHOUT_TITLE = ("常委", "委员", "主席")  # `县委常委`: a post the official titles leave out
_NEVER_IN_A_ROSTER = ("要", "。", "指出", "强调", "认为", "会议")


def looks_like_roster(text: str) -> bool:
    """Posts and names only (`副县长王良双、刘长平`, `县委常委、常务副县长王枫，县委常委、`): an attendance
    list whose `出席会议` the page cut off, nothing anyone is told to do."""
    if any(word in text for word in _NEVER_IN_A_ROSTER):
        return False
    pieces = [piece for piece in _ROSTER_SEPARATORS.split(text.strip()) if piece]
    posts = 0
    for piece in pieces:
        titles = list(OFFICIAL_TITLE.finditer(piece))
        if titles:
            name = piece[titles[-1].end() :]
            if name and not looks_like_any_name(name):
                return False
            posts += 1
        elif piece.endswith(_POSTS_WITHOUT_TITLE):
            posts += 1
        elif not looks_like_name(piece):
            return False
    return posts > 0


@dataclass(frozen=True)
class UnitDirectory:
    units: tuple[str, ...]

    @classmethod
    def of(cls, minutes: Minutes) -> UnitDirectory:
        """The units listed as 列席 in the minutes."""
        return cls(tuple(group.unit for group in minutes.observers))

    @cached_property
    def _bare(self) -> list[tuple[str, str]]:
        return [(_ADMIN_PREFIX.sub("", unit), unit) for unit in self.units]

    @cached_property
    def _by_bare(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for short, unit in self._bare:
            found.setdefault(short, []).append(unit)
        return found

    def canonical(self, mention: str) -> str | None:
        if not mention or not self.units:
            return None
        if mention in self.units:
            return mention
        bare = _ADMIN_PREFIX.sub("", mention)
        if len(bare) < 2:
            return None
        exact = self._by_bare.get(bare, [])
        if len(exact) == 1:
            return exact[0]
        if looks_like_unit(bare) and len(bare) >= 3:
            return None  # a full unit name that is not listed
        prefixed = [unit for short, unit in self._bare if short.startswith(bare)]
        return prefixed[0] if len(prefixed) == 1 else None


def listed_units(text: str, start: int, end: int, separators: str = "、，,") -> list[tuple[int, int]]:
    """`市水利局，各县（市、区）人民政府` → each unit; a 、 inside brackets does not split."""
    pieces, depth, piece_start = [], 0, start
    for pos in range(start, end + 1):
        ch = text[pos] if pos < end else separators[0]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif depth == 0 and ch in separators:
            if pos > piece_start:
                pieces.append((piece_start, pos))
            piece_start = pos + 1
    return pieces
