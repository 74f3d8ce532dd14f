"""A province's five years of minutes, generated from the bundled corpus (reusable by any
benchmark): ~100 governments x ~40 meetings a year, each document a bundled minutes text with
its own issuer, chair, serial number, dates, amounts and directive wording.

    from benchmarks.scale_corpus import write_corpus
    paths = write_corpus(folder, 20_000)   # files named so that sorted order is meeting order

Deterministic (seeded): the same count gives the same files. Repeats arise as in life: the
same government meets again on similar matters, and the wording drifts a little each time.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASES = sorted((ROOT / "evals/sets/taicang/corpus").glob("*.txt"))
BASE_PLACE = "太仓"
MEETINGS_PER_YEAR = 40
FIRST_DAY = dt.date(2021, 1, 4)

# Invented two-character place names (no real government's minutes are reproduced).
_FIRST = "临青云安宁永平东西南北长丰新兴华和泰鹤松柏"
_SECOND = "江河川山阳溪湖原林州城田浦口岭台海泉"
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = "建国伟明华军平志强海涛红霞静文斌宇敏超"
# Wording that drifts between meetings: each pair may swap (same meaning, other characters).
_DRIFT = (
    ("进一步", "切实"), ("加快", "加速"), ("确保", "务必"), ("推进", "推动"), ("加强", "强化"),
    ("落实", "抓实"), ("认真", "扎实"), ("做好", "抓好"), ("完善", "健全"), ("提升", "提高"),
)
_NUMBER = re.compile(r"第 [\d ]+ 号")
_DATE = re.compile(r"(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日")
_CHAIR = re.compile(r"[\u4e00-\u9fff]{2,3}(?=(?:常务副市长|副市长|市长)主持)")
_AMOUNT = re.compile(r"\d+(?=\s*(?:亿元|万元|个|项|家|%))")


def issuers(count: int) -> list[str]:
    names = [a + b for a in _FIRST for b in _SECOND]
    random.Random(7).shuffle(names)
    return names[:count]


def _spaced(number: int) -> str:
    return " ".join(str(number))


def _day(when: dt.date) -> str:
    return f"{when.year}年 {when.month}月 {when.day}日"


def document(base_text: str, place: str, serial: int, meeting: dt.date, rng: random.Random) -> str:
    """One generated minutes text."""
    text = base_text.replace(BASE_PLACE, place).replace(" ".join(BASE_PLACE), " ".join(place))
    text = _NUMBER.sub(f"第 {_spaced(serial)} 号", text, count=1)
    issued, held = list(_DATE.finditer(text))[:2]
    text = (
        text[: issued.start()] + _day(meeting + dt.timedelta(days=5))
        + text[issued.end() : held.start()] + _day(meeting) + text[held.end() :]
    )
    chair = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(_GIVEN)
    text = _CHAIR.sub(chair, text, count=1)
    text = _AMOUNT.sub(lambda m: str(rng.randint(2, 400)), text)
    for a, b in _DRIFT:
        if rng.random() < 0.3:
            text = text.replace(a, b)
    return text


def schedule(count: int) -> Iterator[tuple[int, str, int, dt.date]]:
    """(index, place, serial number, meeting date) in meeting order: governments meet in turn."""
    places = issuers(max(1, min(100, count // 10 or 1)))
    step = 365 / MEETINGS_PER_YEAR
    for index in range(count):
        round_, slot = divmod(index, len(places))
        meeting = FIRST_DAY + dt.timedelta(days=int(round_ * step) + slot % 5)
        serial = round_ % MEETINGS_PER_YEAR + 1
        yield index, places[slot], serial, meeting


def write_corpus(folder: Path, count: int, seed: int = 16) -> list[Path]:
    """Write `count` generated documents into `folder`; return their paths in meeting order."""
    folder.mkdir(parents=True, exist_ok=True)
    bases = [path.read_text(encoding="utf-8") for path in BASES]
    rng = random.Random(seed)
    paths = []
    for index, place, serial, meeting in schedule(count):
        text = document(bases[index % len(bases)], place, serial, meeting, rng)
        path = folder / f"{meeting.isoformat()}-{index:05d}-{place}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
