"""The evidence record of a signature and the region's hash chain over them (电子签名法 第十三条: any
later change is detectable). Pure functions: the canonical form, the record hash, the chain walk."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64


def canonical(evidence: dict[str, Any]) -> bytes:
    return json.dumps(evidence, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def record_hash(prev_hash: str, evidence: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical(evidence)).hexdigest()


@dataclass(frozen=True)
class Link:
    seq: int
    code: str
    evidence: dict[str, Any]
    image_sha256: str  # of the stored image, recomputed by the caller
    prev_hash: str
    record_hash: str


@dataclass
class ChainReport:
    region: str
    records: int = 0
    broken: list[dict[str, Any]] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.broken

    def as_dict(self) -> dict[str, Any]:
        return {"region": self.region, "records": self.records, "valid": self.valid, "broken": self.broken}


def walk(region: str, links: Iterable[Link]) -> ChainReport:
    """Check every record in ``seq`` order: its hash, its link to the previous one, its image, no gap."""
    report = ChainReport(region)
    prev, expected_seq = GENESIS, 1
    for link in links:
        report.records += 1
        problems = []
        if link.seq != expected_seq:
            problems.append("sequence_gap")
        if link.prev_hash != prev:
            problems.append("prev_hash")
        if record_hash(link.prev_hash, link.evidence) != link.record_hash:
            problems.append("record_hash")
        if link.evidence.get("image_sha256") != link.image_sha256:
            problems.append("image_sha256")
        if problems:
            report.broken.append({"seq": link.seq, "code": link.code, "problems": problems})
        prev, expected_seq = link.record_hash, link.seq + 1
    return report
