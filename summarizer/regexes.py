"""Regexes built from lexicon rows, and the first-character guards derived from them.

A guard `(?=[…])` in front of a pattern lets the regex engine skip every position whose
character cannot open a match: on Chinese text most positions. Written by hand it silently
stops matching a new word that opens with a new character; here it is computed from the
pattern itself, so a new row brings its first character with it.

`first_chars(body)` reads the small regex subset the lexicon uses (literals, escapes,
classes without ranges over big blocks, groups, alternation, `?` `*` `{0,n}`, lookarounds)
and returns the characters a match can start with, or None when it cannot tell (a `.`, a
negated class, a range, an empty match): then no guard is added, which is only slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_GUARD_LIMIT = 160  # more possible first characters than this and a guard spares little
_SLOT = re.compile(r"\{=(\w+)\}")
# What `\s` matches (Unicode whitespace), told by the regex engine itself once.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if re.fullmatch(r"\s", ch))
_ESCAPES = {"d": "0123456789", "n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "s": _SPACES}


class _Unknown(Exception):
    """The first characters of this body cannot be told."""


def fill(body: str, slots: Mapping[str, str]) -> str:
    """`{=name}` in a regex body replaced by `slots[name]` (a quantifier `{1,2}` never has `=`)."""
    return _SLOT.sub(lambda m: slots[m.group(1)], body)


def words(entries: Iterable[str]) -> str:
    """An alternation of literal words, as given (order is the regex's preference)."""
    return "|".join(re.escape(word) for word in entries)


def guarded(body: str, flags: int = 0) -> re.Pattern[str]:
    """`body` compiled with the derived first-character guard in front, when one can be told."""
    chars = first_chars(body)
    if chars is None or len(chars) > _GUARD_LIMIT:
        return re.compile(body, flags)
    return re.compile(f"(?=[{_class(chars)}])(?:{body})", flags)


def without_lookarounds(body: str) -> str:
    """`body` with its lookahead and lookbehind groups removed: what its words alone must match
    (`6月份(?=开工|…)` resolves `6月份` alone)."""
    out, pos = [], 0
    while pos < len(body):
        if body.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos):
            _, _, end = _alternatives(body, _look_body(body, pos), needed=False)
            pos = end + 1
            continue
        step = 2 if body[pos] == "\\" else 1
        if body[pos] == "[":
            _, _, after = _skip(body, pos)
            step = after - pos
        out.append(body[pos : pos + step])
        pos += step
    return "".join(out)


def first_chars(body: str) -> frozenset[str] | None:
    try:
        chars, nullable, end = _alternatives(body, 0)
    except _Unknown:
        return None
    if nullable or end != len(body):
        return None
    return frozenset(chars)


def _class(chars: frozenset[str]) -> str:
    return "".join(re.escape(ch) if ch not in "\n\t" else {"\n": "\\n", "\t": "\\t"}[ch] for ch in sorted(chars))


def _alternatives(body: str, pos: int, needed: bool = True) -> tuple[set[str], bool, int]:
    """Alternatives from `pos` to the closing `)` (or the end): (first chars, can be empty, end).
    Not `needed`: only where they end (they do not open the match)."""
    chars: set[str] = set()
    nullable = False
    while True:
        seq_chars, seq_nullable, pos = _sequence(body, pos, needed)
        chars |= seq_chars
        nullable = nullable or seq_nullable
        if pos < len(body) and body[pos] == "|":
            pos += 1
            continue
        return chars, nullable, pos


def _sequence(body: str, pos: int, needed: bool) -> tuple[set[str], bool, int]:
    chars: set[str] = set()
    open_start = True  # every atom so far could match nothing
    while pos < len(body) and body[pos] not in "|)":
        atom, atom_nullable, pos = _atom(body, pos) if needed and open_start else _skip(body, pos)
        pos, optional = _quantifier(body, pos)
        if open_start:
            chars |= atom
            open_start = atom_nullable or optional
    return chars, open_start, pos


def _quantifier(body: str, pos: int) -> tuple[int, bool]:
    if pos < len(body) and body[pos] in "?*+":
        optional = body[pos] != "+"
        pos += 1
        if pos < len(body) and body[pos] in "?+":
            pos += 1  # lazy or possessive
        return pos, optional
    if pos < len(body) and body[pos] == "{":
        end = body.index("}", pos)
        low = body[pos + 1 : end].split(",")[0]
        pos = end + 1
        if pos < len(body) and body[pos] == "?":
            pos += 1
        return pos, low in ("", "0")
    return pos, False


def _atom(body: str, pos: int) -> tuple[set[str], bool, int]:
    """(first chars, matches nothing, position after) of the atom at `pos`."""
    ch = body[pos]
    if ch == "(":
        if body.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos):
            _, _, end = _alternatives(body, _look_body(body, pos), needed=False)
            return set(), True, end + 1  # zero-width: what follows opens the match
        inner = pos + 1
        case_blind = False
        if body.startswith("(?:", pos):
            inner = pos + 3
        elif body.startswith("(?P<", pos):
            inner = body.index(">", pos) + 1
        elif body.startswith("(?i:", pos):
            inner, case_blind = pos + 4, True
        elif body.startswith("(?", pos):
            raise _Unknown
        chars, nullable, end = _alternatives(body, inner)
        if end >= len(body) or body[end] != ")":
            raise _Unknown
        if case_blind:
            chars |= {c.swapcase() for c in chars}
        return chars, nullable, end + 1
    if ch == "[":
        return _char_class(body, pos)
    if ch == "\\":
        escaped = body[pos + 1]
        if escaped in _ESCAPES:
            return set(_ESCAPES[escaped]), False, pos + 2
        if escaped in "ux":
            width = 4 if escaped == "u" else 2
            return {chr(int(body[pos + 2 : pos + 2 + width], 16))}, False, pos + 2 + width
        if escaped.isalnum():
            raise _Unknown  # \s \w \b …
        return {escaped}, False, pos + 2
    if ch == "^":
        return set(), True, pos + 1
    if ch in ".$":
        raise _Unknown
    return {ch}, False, pos + 1


def _skip(body: str, pos: int) -> tuple[set[str], bool, int]:
    """Past the atom at `pos`, unread (it cannot open the match)."""
    ch = body[pos]
    if ch == "(":
        inner = body.index(">", pos) + 1 if body.startswith("(?P<", pos) else pos + 1
        if body.startswith(("(?=", "(?!", "(?<=", "(?<!"), pos):
            inner = _look_body(body, pos)
        elif body.startswith("(?(", pos):  # `(?(name)yes|no)`: its branches after the name
            inner = body.index(")", pos) + 1
        elif body.startswith("(?", pos) and inner == pos + 1:
            inner = body.index(":", pos) + 1
        _, _, end = _alternatives(body, inner, needed=False)
        return set(), False, end + 1
    if ch == "[":
        i = pos + 2 if body.startswith(("[^]", "[]"), pos) else pos + 1
        while body[i] != "]":
            i += 2 if body[i] == "\\" else 1
        return set(), False, i + 1
    if ch == "\\":
        return set(), False, pos + {"u": 6, "x": 4}.get(body[pos + 1], 2)
    return set(), False, pos + 1


def _look_body(body: str, pos: int) -> int:
    """Where the lookaround at `pos` opens its alternatives."""
    return pos + (4 if body.startswith(("(?<=", "(?<!"), pos) else 3)


def _char_class(body: str, pos: int) -> tuple[set[str], bool, int]:
    if body.startswith("[^", pos):
        raise _Unknown
    chars: set[str] = set()
    i = pos + 1
    while body[i] != "]":
        low, i = _class_char(body, i)
        if body[i] == "-" and body[i + 1] != "]":
            high, i = _class_char(body, i + 1)
            if len(low) != 1 or len(high) != 1 or ord(high) - ord(low) > _GUARD_LIMIT:
                raise _Unknown  # a range over a block, or over a set
            chars |= {chr(c) for c in range(ord(low), ord(high) + 1)}
        else:
            chars |= set(low)
    return chars, False, i + 1


def _class_char(body: str, i: int) -> tuple[str, int]:
    """The character(s) at `i` inside a class, and where the next one starts."""
    if body[i] != "\\":
        return body[i], i + 1
    escaped = body[i + 1]
    if escaped in _ESCAPES:
        return _ESCAPES[escaped], i + 2
    if escaped in "ux":
        width = 4 if escaped == "u" else 2
        return chr(int(body[i + 2 : i + 2 + width], 16)), i + 2 + width
    if escaped.isalnum():
        raise _Unknown
    return escaped, i + 2
