"""Find institutions by name (Chinese, pinyin, initials, typos), by code, and by distance.

Design: each process keeps one in-memory index per region, built from the rows and their stored
pinyin keys, and reuses it while the region's ``RegistryVersion`` token is unchanged. A search costs
one primary-key read (the token) plus a Python pass over the region's entries (substring tests) and,
when that finds too little, one rapidfuzz pass in C. Trade-offs: memory is about 1.5 KB per institution
per process (a few MB for a region of thousands); a registry change is seen by the very next search in
every process, at the price of that one token read per search; the first search after a change
rebuilds the index (tens of milliseconds for thousands of rows, since pinyin is precomputed at write
time); concurrent first searches may each rebuild once (no lock: harmless and rare). A SQL-only
design (LIKE on the keys) could not rank typos; a cache with a TTL would show stale names.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pypinyin import lazy_pinyin
from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from registry.models import Institution, RegistryVersion

# Characters with a second reading common in institution names (大参林 dsl, 朝阳 cy, 长安 ca…);
# pypinyin picks one by context, people type either. Only these vary: a full heteronym expansion
# would add rare readings and noise.
ALTERNATE_READINGS: dict[str, tuple[str, ...]] = {
    "参": ("shen", "can"),
    "朝": ("chao", "zhao"),
    "长": ("chang", "zhang"),
    "重": ("chong", "zhong"),
    "乐": ("le", "yue"),
    "行": ("xing", "hang"),
    "厦": ("xia", "sha"),
    "解": ("jie", "xie"),
    "单": ("dan", "shan"),
    "会": ("hui", "kuai"),
    "曾": ("zeng", "ceng"),
    "区": ("qu", "ou"),
    "传": ("chuan", "zhuan"),
    "盛": ("sheng", "cheng"),
    "藏": ("zang", "cang"),
}
MAX_READINGS = 4
_DROP = re.compile(r"[^\w]|_", re.UNICODE)  # spaces, brackets, dots, dashes…
_CJK = re.compile(r"[\u3400-\u9fff]")
_KEYS = ("code", "name", "kind", "level", "status", "address", "chain_parent", "latitude", "longitude")
_FIELDS = (*_KEYS, "name_pinyin", "name_initials")
EARTH_RADIUS_M = 6_371_008.8
FUZZY_CUTOFF = 75  # the least ``partial_ratio`` of a near miss


def normalize(text: str) -> str:
    """What searching compares: full-width folded, lower case, no spaces or punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text).lower())


def _each_char(text: str) -> Any:
    return list(text)  # pypinyin keeps a non-Chinese run as one item; one per character aligns


def name_keys(name: str) -> tuple[str, str]:
    """The stored search keys of a name: (full pinyin, initials), alternatives joined by "|"."""
    chars = normalize(name)
    syllables = lazy_pinyin(chars, errors=_each_char)
    if len(syllables) != len(chars):  # not one syllable per character: no alternatives
        readings = [syllables]
    else:
        options = [
            [s, *(a for a in ALTERNATE_READINGS.get(c, ()) if a != s)]
            for c, s in zip(chars, syllables, strict=True)
        ]
        readings = [list(r) for r in itertools.islice(itertools.product(*options), MAX_READINGS)]
    full = dict.fromkeys("".join(r) for r in readings)
    initials = dict.fromkeys("".join(s[:1] for s in r) for r in readings)
    return "|".join(full), "|".join(initials)


@dataclass(frozen=True)
class Match:
    code: str
    name: str
    kind: str
    level: str
    status: str
    address: str
    chain_parent: str | None
    latitude: float | None
    longitude: float | None
    score: float  # 0–100, higher is better
    reason: str  # why it matched, in Chinese (shown to staff, useful in logs)
    distance_m: float | None = None


@dataclass(frozen=True)
class _Entry:
    row: dict[str, Any]
    norm: str
    pinyin: str
    initials: str
    pinyin_len: int
    initials_len: int


# A located entry as ``nearest`` reads it: latitude, longitude, latitude in radians and its cosine
# (computed once, not per search), kind, status, position in ``entries``.
_Place = tuple[float, float, float, float, str, str, int]


@dataclass(frozen=True)
class _RegionIndex:
    token: str | None
    entries: list[_Entry]
    # Candidate sets, so a search scores only entries that can match (not the whole region): every
    # character of a name, and every pair of adjacent ASCII letters or digits of the name, of each
    # reading and of each initials string → a bitset of positions in ``entries`` (bit i: entry i). A
    # match of any strategy holds all of its query's grams: their intersection, one ``&`` per gram in
    # C, holds every match. (Bitsets: a few KB per gram, smaller than lists of positions, and ``&``
    # costs microseconds where intersecting sets of thousands of positions cost milliseconds.)
    grams: dict[str, int]
    gram_counts: dict[str, int]  # how many entries hold each gram
    codes: dict[str, int]
    sorted_codes: list[str]
    # For the fuzzy stage: entries holding a character at least j times (j ≥ 2; once is ``grams``), and
    # entries by the length of their normalised name, as bitsets.
    repeated: dict[tuple[str, int], int]
    of_length: dict[int, int]
    choices: dict[tuple[bool, str | None, bool], list[str | None]]  # see ``_choices``
    lengths: dict[tuple[bool, str | None, bool], dict[int, dict[int, str | None]]]  # see ``_by_length``
    # Located entries by grid cell (``_cell``): nearest looks only at the cells its circle touches.
    cells: dict[tuple[int, int], list[_Place]]


_INDEXES: dict[str, _RegionIndex] = {}


def forget(region: str | None = None) -> None:
    """Drop cached indexes (all, or one region's); the next search rebuilds."""
    if region is None:
        _INDEXES.clear()
    else:
        _INDEXES.pop(region, None)


def index_token(region: str) -> str | None:
    """The registry version the process's index of ``region`` was built from (None: no index yet)."""
    cached = _INDEXES.get(region)
    return cached.token if cached is not None else None


async def _index(region: str, conn: BaseDBAsyncClient, *, verify: bool = True) -> _RegionIndex:
    """The region's index, rebuilt when the registry's version row changed. ``verify=False`` takes the
    index the process holds without reading the version: for a caller that checks ``index_token``
    against the version itself, in a query it makes anyway."""
    if not verify and (held := _INDEXES.get(region)) is not None:
        return held
    # Raw SQL: this read precedes every search, and the ORM's query building cost more than the query.
    mark = "$1" if conn.schema_generator.DIALECT == "postgres" else "?"
    tokens = await conn.execute_query_dict(
        f"SELECT token FROM {RegistryVersion._meta.db_table} WHERE region = {mark}", [region]
    )
    token = str(tokens[0]["token"]) if tokens else None
    cached = _INDEXES.get(region)
    if token is not None and cached is not None and cached.token == token:
        return cached
    rows = await Institution.filter(region=region).using_db(conn).order_by("code").values(*_FIELDS)
    entries = []
    grams: dict[str, bytearray] = {}
    size = (len(rows) + 8) // 8
    repeated: dict[tuple[str, int], bytearray] = {}
    of_length: dict[int, bytearray] = {}
    cells: dict[tuple[int, int], list[_Place]] = {}
    for i, r in enumerate(rows):
        pinyin, initials = r.pop("name_pinyin"), r.pop("name_initials")
        e = _Entry(
            row=r,
            norm=normalize(r["name"]),
            pinyin=pinyin,
            initials=initials,
            pinyin_len=max(1, len(pinyin.split("|", 1)[0])),
            initials_len=max(1, len(initials.split("|", 1)[0])),
        )
        entries.append(e)
        byte, bit = i >> 3, 1 << (i & 7)
        for g in _entry_grams(e):
            if (buf := grams.get(g)) is None:
                buf = grams[g] = bytearray(size)
            buf[byte] |= bit
        for key in [(c, j) for c, times in Counter(e.norm).items() for j in range(2, times + 1)]:
            if (buf := repeated.get(key)) is None:
                buf = repeated[key] = bytearray(size)
            buf[byte] |= bit
        if (buf := of_length.get(len(e.norm))) is None:
            buf = of_length[len(e.norm)] = bytearray(size)
        buf[byte] |= bit
        if r["latitude"] is not None and r["longitude"] is not None:
            lat, lng = r["latitude"], r["longitude"]
            place = (lat, lng, math.radians(lat), math.cos(math.radians(lat)), r["kind"], r["status"], i)
            cells.setdefault(_cell(lat, lng), []).append(place)
    bitsets = {g: int.from_bytes(buf, "little") for g, buf in grams.items()}
    index = _RegionIndex(
        token=token,
        entries=entries,
        grams=bitsets,
        gram_counts={g: bits.bit_count() for g, bits in bitsets.items()},
        codes={e.row["code"]: i for i, e in enumerate(entries)},
        sorted_codes=sorted(e.row["code"] for e in entries),
        repeated={key: int.from_bytes(buf, "little") for key, buf in repeated.items()},
        of_length={n: int.from_bytes(buf, "little") for n, buf in sorted(of_length.items())},
        choices={},
        lengths={},
        cells=cells,
    )
    if index.token is not None:
        _INDEXES[region] = index
    return index


def _bigrams(text: str) -> set[str]:
    pairs = (text[k : k + 2] for k in range(len(text) - 1))
    return {p for p in pairs if p.isascii() and "|" not in p}


def _entry_grams(e: _Entry) -> set[str]:
    return set(e.norm) | _bigrams(e.norm) | _bigrams(e.pinyin) | _bigrams(e.initials)


def _positions(bits: int) -> list[int]:
    """The positions of a bitset, ascending: its binary digits are searched in C (``str.find``), only
    the set bits cost Python."""
    digits = bin(bits)
    top, out = len(digits) - 1, []
    j = digits.find("1", 2)
    while j >= 0:
        out.append(top - j)
        j = digits.find("1", j + 1)
    out.reverse()
    return out


def _holding(index: _RegionIndex, grams: set[str]) -> int | None:
    """The bitset of entries holding all of ``grams``; None when there is no gram."""
    found = None
    for g in sorted(grams, key=lambda g: index.gram_counts.get(g, 0)):
        found = index.grams.get(g, 0) if found is None else found & index.grams.get(g, 0)
        if not found:
            break
    return found


def _bitset(positions: Iterable[int], size: int) -> int:
    buf = bytearray((size + 8) // 8)
    for i in positions:
        buf[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(buf, "little")


def _candidates(index: _RegionIndex, t: _Token) -> int | None:
    """The bitset of every entry that ``_score`` could match with ``t`` (and some it will not); None
    when ``t`` has no gram to narrow by (a single letter), and every entry must be scored."""
    if t.latin:
        holding = _holding(index, _bigrams(t.text))
        if holding is None:
            return None
        codes = []
        if t.upper in index.codes:
            codes.append(index.codes[t.upper])
        if len(t.text) >= 6:  # a code prefix
            k = bisect.bisect_left(index.sorted_codes, t.upper)
            while k < len(index.sorted_codes) and index.sorted_codes[k].startswith(t.upper):
                codes.append(index.codes[index.sorted_codes[k]])
                k += 1
        return holding | _bitset(codes, len(index.entries)) if codes else holding
    # Every character of the name (substring, abbreviation) or the reading (homophone).
    by_name, by_reading = _holding(index, set(t.text)), _holding(index, _bigrams(t.pinyin))
    if by_name is None or by_reading is None:
        return None
    # Most entries with the reading also hold the characters: only the others need the check.
    entries, reading = index.entries, t.pinyin
    others = [i for i in _positions(by_reading & ~by_name) if reading in entries[i].pinyin]
    return by_name | _bitset(others, len(entries)) if others else by_name


def _fuzzy_classes(index: _RegionIndex, whole: str) -> list[tuple[float, int]]:
    """Every entry that can reach the fuzzy cutoff for a Chinese query, as bitsets of entries alike
    (name length n, c characters shared with the query), each with the best ``partial_ratio`` its
    entries can reach; best first.

    ``partial_ratio`` compares the shorter string (length s') with windows of the longer one: ≤
    200·m / (s' + m) for a common subsequence of m characters (a whole window scores 2m/2s', an edge
    window of k < s' characters at most 2·min(k, m)/(s' + k)). A common subsequence of m characters
    needs m characters in common, counted with repeats (a name holding 人 once shares one 人 with
    人民医院人民), so m ≤ min(c, s'). Those counts are kept for every entry at once in bit planes (a
    binary counter per entry, plane p holding bit p of each count): a character of the query adds its
    bitset with a few ``&``/``^`` in C, whatever the size of the region.
    """
    planes: list[int] = []
    for ch, times in Counter(whole).items():
        for j in range(1, times + 1):
            carry = index.grams.get(ch, 0) if j == 1 else index.repeated.get((ch, j), 0)
            if not carry:
                break
            for p, plane in enumerate(planes):
                planes[p], carry = plane ^ carry, plane & carry
                if not carry:
                    break
            if carry:
                planes.append(carry)
    size, everyone = len(whole), (1 << len(index.entries)) - 1
    at_least = functools.cache(lambda c: _at_least(planes, c, everyone))
    classes: dict[float, int] = {}  # a bound → its entries (of any length)
    for n, bits in index.of_length.items():
        shorter = min(size, n)
        for c in range(1, shorter + 1):
            bound = 200 * c / (shorter + c)
            if bound < FUZZY_CUTOFF:
                continue
            # Counts above the shorter length bound alike: one class for them.
            if same := bits & at_least(c) & (~at_least(c + 1) if c < shorter else everyone):
                classes[bound] = classes.get(bound, 0) | same
    return sorted(classes.items(), reverse=True)


def _at_least(planes: list[int], k: int, everyone: int) -> int:
    """The entries (of ``everyone``) whose count in ``planes`` is at least ``k``: compared bit by
    bit from the top, as a comparator circuit does."""
    if k <= 0:
        return everyone
    if k >= 1 << len(planes):
        return 0
    above, equal = 0, everyone
    for p in reversed(range(len(planes))):
        if k >> p & 1:
            equal &= planes[p]
        else:
            above |= equal & planes[p]
            equal &= ~planes[p]
    return above | equal


def _best_near(whole: str, index: _RegionIndex, everyone: list[str | None], limit: int) -> list[Any]:
    """The ``limit`` best names by ``partial_ratio`` (≥ the cutoff; ties: the lower position), as
    ``process.extract`` over every entry would give them: classes of entries are scored best bound
    first, and once ``limit`` are found, only classes that can still reach the worst of them are."""
    best: list[tuple[float, int, str]] = []  # a heap: (score, -position, name), the worst first
    for bound, bits in _fuzzy_classes(index, whole):
        if len(best) == limit and bound < best[0][0] - 1e-9:  # a margin for rounding
            break
        positions = _positions(bits)
        # The cutoff stays the least one: scores near a raised cutoff can come out an ulp apart. (A
        # list, not a dict: rapidfuzz skips the None of left-out entries.)
        for name, similarity, k in process.extract(
            whole,
            list(map(everyone.__getitem__, positions)),
            scorer=fuzz.partial_ratio,
            score_cutoff=FUZZY_CUTOFF,
            limit=limit,
        ):
            i = positions[k]
            if len(best) < limit:
                heapq.heappush(best, (similarity, -i, name))
            elif (similarity, -i) > best[0][:2]:
                heapq.heapreplace(best, (similarity, -i, name))
    return [(name, similarity, -negative) for similarity, negative, name in sorted(best, reverse=True)]


def _common_enough(whole: str, groups: dict[int, dict[int, str | None]]) -> list[int]:
    """Positions whose name (grouped by length n) shares a common subsequence of at least ⌈3/5⌉ of
    min(len(whole), n) characters with ``whole``: ``partial_ratio`` ≤ 200·m / (shorter + m) for a
    common subsequence m of the whole strings, so no other name can reach 75. A pass in C, much
    cheaper than ``partial_ratio`` itself, which then scores only these."""
    size = len(whole)
    found: list[int] = []
    for n, group in groups.items():
        need = (3 * min(size, n) + 4) // 5
        found += [
            i for _, _, i in process.extract_iter(whole, group, scorer=LCSseq.similarity, score_cutoff=need)
        ]
    return found


def _by_length(
    index: _RegionIndex, *, latin: bool, kind: str | None, active_only: bool
) -> dict[int, dict[int, str | None]]:
    """``_choices`` grouped by the length of the name, kept per index like them."""
    key = (latin, kind, active_only)
    if key not in index.lengths:
        groups: dict[int, dict[int, str | None]] = {}
        for i, name in enumerate(_choices(index, latin=latin, kind=kind, active_only=active_only)):
            if name is not None:
                groups.setdefault(len(name), {})[i] = name
        index.lengths[key] = groups
    return index.lengths[key]


def _choices(index: _RegionIndex, *, latin: bool, kind: str | None, active_only: bool) -> list[str | None]:
    """What the fuzzy stage compares, by position (None: an entry the search leaves out), kept per index."""
    key = (latin, kind, active_only)
    if key not in index.choices:
        index.choices[key] = [
            (e.pinyin.split("|", 1)[0] if latin else e.norm)
            if (kind is None or e.row["kind"] == kind) and (not active_only or e.row["status"] == "active")
            else None
            for e in index.entries
        ]
    return index.choices[key]


def _span(needle: str, hay: str) -> int:
    """Length of the window holding ``needle``'s characters in order in ``hay`` (0: not there)."""
    pos = first = -1
    for c in needle:
        pos = hay.find(c, pos + 1)
        if pos < 0:
            return 0
        if first < 0:
            first = pos
    return pos - first + 1


@dataclass(frozen=True)
class _Token:
    text: str
    latin: bool  # letters and digits only: pinyin, initials or a code
    pinyin: str  # the reading of a Chinese token ("" for latin ones)
    upper: str  # ``text`` in upper case, as codes are


def _score(t: _Token, e: _Entry) -> tuple[float, str]:
    """The best strategy for one token against one entry, 0 if none applies.

    Bands: exact code or name 100; Chinese substring 80–99; pinyin initials 70–95 and full pinyin
    72–97 (latin input); homophones and in-order abbreviations 60–90 (Chinese input), each growing
    with how much of the name the query covers; fuzzy near-misses (in the caller) stay below 60.
    """
    if t.latin and t.upper == e.row["code"]:
        return 100.0, "编码"
    if t.text == e.norm:
        return 100.0, "名称"
    if t.text in e.norm:
        return 80 + 15 * len(t.text) / len(e.norm) + 4 * e.norm.startswith(t.text), "名称包含"
    best = (0.0, "")
    if t.latin:
        # A reading (alternatives are joined by "|") starts with the text.
        if len(t.text) >= 6 and e.row["code"].startswith(t.upper):
            best = (90.0, "编码前缀")
        if t.text in e.initials:
            prefix = e.initials.startswith(t.text) or f"|{t.text}" in e.initials
            best = max(best, (70 + 20 * min(1.0, len(t.text) / e.initials_len) + 5 * prefix, "拼音首字母"))
        if len(t.text) >= 2 and t.text in e.pinyin:
            prefix = e.pinyin.startswith(t.text) or f"|{t.text}" in e.pinyin
            best = max(best, (72 + 20 * min(1.0, len(t.text) / e.pinyin_len) + 5 * prefix, "全拼"))
        return best
    if t.pinyin and t.pinyin in e.pinyin:
        # A pinyin-IME typo (益峰 for 益丰): trusted more the longer the query and the more of its
        # characters are right; a short query that shares only sounds (一医院 ~ 中医医院) stays low.
        right = sum(c in e.norm for c in t.text) / len(t.text)
        cover = min(1.0, len(t.pinyin) / e.pinyin_len)
        best = (60 + 20 * right * min(1.0, len(t.text) / 4) + 10 * cover, "同音字")
    span = _span(t.text, e.norm)
    if span:  # an abbreviation in order (一医院 → 第一人民医院), the tighter the better
        best = max(best, (60 + 20 * len(t.text) / span + 10 * len(t.text) / len(e.norm), "名称简写"))
    return best


def _match(e: _Entry, score: float, reason: str, distance_m: float | None = None) -> Match:
    return Match(**e.row, score=round(min(score, 100.0), 1), reason=reason, distance_m=distance_m)


async def search_institutions(
    *,
    region: str,
    query: str,
    kind: str | None = None,
    limit: int = 5,
    active_only: bool = False,
    fill_with_typos: bool = True,
    verify: bool = True,
    conn: BaseDBAsyncClient | None = None,
) -> list[Match]:
    """The best ``limit`` institutions of a region for what a person typed, best first.

    Whitespace separates tokens that must all match ("益丰 人民路"). Matches: code, Chinese
    substring, homophones (a pinyin-IME typo like 益峰 for 益丰), in-order abbreviations (一医院),
    pinyin initials (yfdyf), full pinyin, then typos by fuzzy similarity when fewer than ``limit``
    stronger matches exist (weaker matches never outrank stronger ones, so this is exact).
    ``fill_with_typos=False`` looks for typos only when nothing matches more strongly: the fuzzy
    pass is most of a search's cost in a large region, and a lookup that found the name needs no
    near misses after it.
    """
    tokens = []
    for part in query.split():
        text = normalize(part)
        if text:
            latin = text.isascii()
            tokens.append(_Token(text, latin, "" if latin else "".join(lazy_pinyin(text)), text.upper()))
    if not tokens or limit <= 0:
        return []
    index = await _index(region, conn or connections.get("default"), verify=verify)
    entries = index.entries
    wanted = _choices(index, latin=False, kind=kind, active_only=active_only)  # None: left out

    # Every token must match: the intersection of the tokens' candidates holds every result.
    positions: Sequence[int] = range(len(entries))
    narrowed = None
    for t in tokens:
        if (more := _candidates(index, t)) is not None:
            narrowed = more if narrowed is None else narrowed & more
    if narrowed is not None:
        positions = _positions(narrowed)
    found: dict[int, tuple[float, str]] = {}
    only = tokens[0] if len(tokens) == 1 else None
    for i in positions:
        if wanted[i] is None:
            continue
        e = entries[i]
        if only is not None:  # the common case, without the bookkeeping of several tokens
            score, reason = _score(only, e)
            if score:
                found[i] = (score, reason)
            continue
        total, reasons = 0.0, []
        for t in tokens:
            score, reason = _score(t, e)
            if not score:
                break
            total += score
            reasons.append(reason)
        else:
            found[i] = (total / len(tokens), "、".join(dict.fromkeys(reasons)))
    whole = "".join(t.text for t in tokens)
    latin = all(t.latin for t in tokens)
    if len(found) < (limit if fill_with_typos else 1) and len(whole) >= (4 if latin else 2):
        everyone = _choices(index, latin=latin, kind=kind, active_only=active_only)
        if latin:
            groups = _by_length(index, latin=latin, kind=kind, active_only=active_only)
            # Ascending positions, so ties at the cut fall as they would over everyone.
            choices = {i: everyone[i] for i in sorted(_common_enough(whole, groups))}
            near = process.extract(
                whole, choices, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=limit * 4
            )
        else:
            near = _best_near(whole, index, everyone, limit * 4)
        reason = "拼音相近" if latin else "名称相近"
        for name, similarity, i in near:
            # Among near misses, prefer names of a similar length (the partial ratio alone ties).
            score = 0.59 * (0.8 * similarity + 0.2 * fuzz.ratio(whole, name))
            if score > found.get(i, (0.0, ""))[0]:
                found[i] = (score, reason)
    candidates: Sequence[tuple[int, tuple[float, str]]] = list(found.items())
    if len(candidates) > limit:  # only scores up to the limit-th best can rank: tie-break just those
        cut = heapq.nlargest(limit, [score for score, _ in found.values()])[-1]
        candidates = [kv for kv in candidates if kv[1][0] >= cut]
    ranked = heapq.nsmallest(
        limit,
        candidates,
        # Ties: institutions in service first, then the shorter (more specific) name.
        key=lambda kv: (
            -kv[1][0],
            entries[kv[0]].row["status"] != "active",
            len(entries[kv[0]].norm),
            entries[kv[0]].row["code"],
        ),
    )
    return [_match(entries[i], score, reason) for i, (score, reason) in ranked]


CELL_DEGREES = 0.0025  # about 280 m north-south: a few dozen pharmacies in the densest city centre


def _cell(lat: float, lng: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEGREES), math.floor(lng / CELL_DEGREES)


_TRIG = (math.radians, math.sin, math.asin, math.sqrt)


def haversine_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, a)))


async def nearest(
    *,
    region: str,
    lat: float,
    lng: float,
    kind: str | None = None,
    limit: int = 5,
    radius_m: float = 3000.0,
    active_only: bool = False,
    first_radius_m: float | None = None,
    widen: float = 4.0,
    verify: bool = True,
    conn: BaseDBAsyncClient | None = None,
) -> list[Match]:
    """Institutions within ``radius_m`` of a point (GCJ-02, as WeChat sends it), nearest first.

    The region's search index keeps located institutions by grid cell: cells of the circle's bounding
    box are read ring by ring from the point's own until no unread one can hold a nearer institution,
    and haversine decides. A dense city (hundreds of pharmacies per
    square kilometre) answers in well under a millisecond, where a SQL box scan on region+latitude
    read the whole latitude band. With ``first_radius_m`` the search starts from that circle and widens
    (× ``widen``) up to ``radius_m`` while it holds fewer than ``limit``, so a dense city answers from a
    small box and a sparse county still finds its institutions (the nearest ``limit`` within a smaller
    circle are the nearest overall); scores are then relative to the circle that answered.
    """
    index = await _index(region, conn or connections.get("default"), verify=verify)
    radius = radius_m if first_radius_m is None else min(first_radius_m, radius_m)
    while True:
        found = _within(index, lat, lng, kind=kind, limit=limit, radius_m=radius, active_only=active_only)
        if len(found) >= limit or radius >= radius_m:
            return found
        radius = min(radius * widen, radius_m)


def _within(
    index: _RegionIndex,
    lat: float,
    lng: float,
    *,
    kind: str | None,
    limit: int,
    radius_m: float,
    active_only: bool,
) -> list[Match]:
    """The ``limit`` nearest within ``radius_m`` (ties: the lower code), read ring by ring of grid cells
    around the point's cell: once the ``limit``-th nearest found is nearer than any cell not yet read
    can be, the rest of the circle's box is left unread (a dense centre reads 9 cells, not 25)."""
    dlat = math.degrees(radius_m / EARTH_RADIUS_M)
    dlng = dlat / max(math.cos(math.radians(lat)), 0.01)
    (lat0, lng0), (lat1, lng1) = _cell(lat - dlat, lng - dlng), _cell(lat + dlat, lng + dlng)
    ci, cj = _cell(lat, lng)
    # Metres per degree, lower bounds over the box (longitude at its pole-most latitude), with a 10%
    # margin: far above the flat-earth error at these distances, so stopping early never drops a nearer one.
    per_lat = 0.9 * math.radians(1) * EARTH_RADIUS_M
    per_lng = per_lat * max(math.cos(math.radians(min(89.9, abs(lat) + dlat))), 0.0)
    near: list[tuple[float, dict[str, Any]]] = []
    # ``haversine_m`` inlined, the point's terms computed once (the same floats, in the same order):
    # this loop runs for every institution read.
    p1, cos_p1, radians, sin, asin, sqrt = math.radians(lat), math.cos(math.radians(lat)), *_TRIG
    ring = 0
    while True:
        for cell in _ring(ci, cj, ring, lat0, lng0, lat1, lng1):
            for plat, plng, p2, cos_p2, pkind, status, i in index.cells.get(cell, ()):
                if (kind is not None and pkind != kind) or (active_only and status != "active"):
                    continue
                if abs(plat - lat) > dlat or abs(plng - lng) > dlng:
                    continue
                a = sin((p2 - p1) / 2) ** 2 + cos_p1 * cos_p2 * sin(radians(plng - lng) / 2) ** 2
                d = 2 * EARTH_RADIUS_M * asin(sqrt(min(1.0, a)))
                if d <= radius_m:
                    near.append((d, index.entries[i].row))
        if ci - ring <= lat0 and cj - ring <= lng0 and ci + ring >= lat1 and cj + ring >= lng1:
            break  # the whole box is read
        # The nearest any unread cell can be: the distance to the edge of the rings read so far.
        edge = min(
            (lat - (ci - ring) * CELL_DEGREES) * per_lat,
            ((ci + ring + 1) * CELL_DEGREES - lat) * per_lat,
            (lng - (cj - ring) * CELL_DEGREES) * per_lng,
            ((cj + ring + 1) * CELL_DEGREES - lng) * per_lng,
        )
        if len(near) >= limit and heapq.nsmallest(limit, (d for d, _ in near))[-1] < edge:
            break
        ring += 1
    near = heapq.nsmallest(limit, near, key=lambda dr: (dr[0], dr[1]["code"]))
    return [
        Match(
            **r,
            score=round(100 * (1 - d / radius_m), 1) if radius_m else 100.0,
            reason=f"距离约{_distance_text(d)}",
            distance_m=round(d, 1),
        )
        for d, r in near
    ]


def _ring(
    ci: int, cj: int, ring: int, lat0: int, lng0: int, lat1: int, lng1: int
) -> Iterator[tuple[int, int]]:
    """The cells at Chebyshev distance ``ring`` from (ci, cj) inside the box [lat0..lat1] × [lng0..lng1]."""
    if ring == 0:
        if lat0 <= ci <= lat1 and lng0 <= cj <= lng1:
            yield ci, cj
        return
    cols = range(max(cj - ring, lng0), min(cj + ring, lng1) + 1)
    for row in (ci - ring, ci + ring):
        if lat0 <= row <= lat1:
            for col in cols:
                yield row, col
    for col in (cj - ring, cj + ring):
        if lng0 <= col <= lng1:
            for row in range(max(ci - ring + 1, lat0), min(ci + ring - 1, lat1) + 1):
                yield row, col


def _distance_text(meters: float) -> str:
    return f"{round(meters)}米" if meters < 1000 else f"{meters / 1000:.1f}公里"


async def closest_institutions(
    *, region: str, query: str, kind: str | None = None, limit: int = 3, conn: BaseDBAsyncClient | None = None
) -> list[Match]:
    """The ``limit`` names most like ``query`` however weak the likeness, for "您是不是要找…" when
    ``search_institutions`` finds nothing: a reporter checks the nearest names before a free-text
    target is taken (issue 16). Empty only when the region has no institution of ``kind``."""
    whole = normalize(query)
    if not whole or limit <= 0:
        return []
    index = await _index(region, conn or connections.get("default"))
    latin = whole.isascii()
    choices = {i: c for i, c in enumerate(_choices(index, latin=latin, kind=kind, active_only=False)) if c}
    near = process.extract(whole, choices, scorer=fuzz.WRatio, limit=limit)
    return [_match(index.entries[i], score * 0.3, "最接近的名称") for _, score, i in near]
