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

import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from pypinyin import lazy_pinyin
from rapidfuzz import fuzz, process
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


@dataclass(frozen=True)
class _RegionIndex:
    token: str | None
    entries: list[_Entry]


_INDEXES: dict[str, _RegionIndex] = {}


def forget(region: str | None = None) -> None:
    """Drop cached indexes (all, or one region's); the next search rebuilds."""
    if region is None:
        _INDEXES.clear()
    else:
        _INDEXES.pop(region, None)


async def _index(region: str, conn: BaseDBAsyncClient) -> _RegionIndex:
    tokens = await RegistryVersion.filter(region=region).using_db(conn).values_list("token", flat=True)
    token = str(tokens[0]) if tokens else None
    cached = _INDEXES.get(region)
    if token is not None and cached is not None and cached.token == token:
        return cached
    rows = await Institution.filter(region=region).using_db(conn).order_by("code").values(*_FIELDS)
    entries = []
    for r in rows:
        pinyin, initials = r.pop("name_pinyin"), r.pop("name_initials")
        entries.append(
            _Entry(
                row=r,
                norm=normalize(r["name"]),
                pinyin=pinyin,
                initials=initials,
                pinyin_len=max(1, len(pinyin.split("|", 1)[0])),
                initials_len=max(1, len(initials.split("|", 1)[0])),
            )
        )
    index = _RegionIndex(token=token, entries=entries)
    if index.token is not None:
        _INDEXES[region] = index
    return index


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


def _score(t: _Token, e: _Entry) -> tuple[float, str]:
    """The best strategy for one token against one entry, 0 if none applies.

    Bands: exact code or name 100; Chinese substring 80–99; pinyin initials 70–95 and full pinyin
    72–97 (latin input); homophones and in-order abbreviations 60–90 (Chinese input), each growing
    with how much of the name the query covers; fuzzy near-misses (in the caller) stay below 60.
    """
    if t.latin and t.text.upper() == e.row["code"]:
        return 100.0, "编码"
    if t.text == e.norm:
        return 100.0, "名称"
    if t.text in e.norm:
        return 80 + 15 * len(t.text) / len(e.norm) + 4 * e.norm.startswith(t.text), "名称包含"
    best = (0.0, "")
    if t.latin:
        if len(t.text) >= 6 and e.row["code"].startswith(t.text.upper()):
            best = (90.0, "编码前缀")
        if t.text in e.initials:
            prefix = any(k.startswith(t.text) for k in e.initials.split("|"))
            best = max(best, (70 + 20 * min(1.0, len(t.text) / e.initials_len) + 5 * prefix, "拼音首字母"))
        if len(t.text) >= 2 and t.text in e.pinyin:
            prefix = any(k.startswith(t.text) for k in e.pinyin.split("|"))
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
    conn: BaseDBAsyncClient | None = None,
) -> list[Match]:
    """The best ``limit`` institutions of a region for what a person typed, best first.

    Whitespace separates tokens that must all match ("益丰 人民路"). Matches: code, Chinese
    substring, homophones (a pinyin-IME typo like 益峰 for 益丰), in-order abbreviations (一医院),
    pinyin initials (yfdyf), full pinyin, then typos by fuzzy similarity when fewer than ``limit``
    stronger matches exist (weaker matches never outrank stronger ones, so this is exact).
    """
    tokens = []
    for part in query.split():
        text = normalize(part)
        if text:
            latin = text.isascii()
            tokens.append(_Token(text, latin, "" if latin else "".join(lazy_pinyin(text))))
    if not tokens or limit <= 0:
        return []
    index = await _index(region, conn or connections.get("default"))
    pool = [
        e
        for e in index.entries
        if (kind is None or e.row["kind"] == kind) and (not active_only or e.row["status"] == "active")
    ]
    found: dict[int, tuple[float, str]] = {}
    for i, e in enumerate(pool):
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
    if len(found) < limit and len(whole) >= (4 if latin else 2):
        choices = {i: (e.pinyin.split("|", 1)[0] if latin else e.norm) for i, e in enumerate(pool)}
        reason = "拼音相近" if latin else "名称相近"
        for _, similarity, i in process.extract(
            whole, choices, scorer=fuzz.partial_ratio, score_cutoff=75, limit=limit * 4
        ):
            # Among near misses, prefer names of a similar length (the partial ratio alone ties).
            score = 0.59 * (0.8 * similarity + 0.2 * fuzz.ratio(whole, choices[i]))
            if score > found.get(i, (0.0, ""))[0]:
                found[i] = (score, reason)
    ranked = sorted(
        found.items(),
        # Ties: institutions in service first, then the shorter (more specific) name.
        key=lambda kv: (
            -kv[1][0],
            pool[kv[0]].row["status"] != "active",
            len(pool[kv[0]].norm),
            pool[kv[0]].row["code"],
        ),
    )
    return [_match(pool[i], score, reason) for i, (score, reason) in ranked[:limit]]


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
    conn: BaseDBAsyncClient | None = None,
) -> list[Match]:
    """Institutions within ``radius_m`` of a point (GCJ-02, as WeChat sends it), nearest first.

    SQL keeps only the bounding box of the circle (index region+latitude); haversine does the rest.
    """
    dlat = math.degrees(radius_m / EARTH_RADIUS_M)
    dlng = dlat / max(math.cos(math.radians(lat)), 0.01)
    qs = Institution.filter(
        region=region,
        latitude__gte=lat - dlat,
        latitude__lte=lat + dlat,
        longitude__gte=lng - dlng,
        longitude__lte=lng + dlng,
    )
    if kind is not None:
        qs = qs.filter(kind=kind)
    if active_only:
        qs = qs.filter(status="active")
    rows = await qs.using_db(conn or connections.get("default")).values(*_KEYS)
    near = []
    for r in rows:
        d = haversine_m(lat, lng, r["latitude"], r["longitude"])
        if d <= radius_m:
            near.append((d, r))
    near.sort(key=lambda dr: (dr[0], dr[1]["code"]))
    return [
        Match(
            **r,
            score=round(100 * (1 - d / radius_m), 1) if radius_m else 100.0,
            reason=f"距离约{_distance_text(d)}",
            distance_m=round(d, 1),
        )
        for d, r in near[:limit]
    ]


def _distance_text(meters: float) -> str:
    return f"{round(meters)}米" if meters < 1000 else f"{meters / 1000:.1f}公里"
