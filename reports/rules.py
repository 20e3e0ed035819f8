"""Everything a region's report handling depends on, loaded once and passed into the services."""

from __future__ import annotations

from dataclasses import dataclass, field

from kernel.workdays import WorkCalendar, load_calendar
from reports.deadlines import DeadlineFile, DeadlinePolicy, deadline_policy, load_deadline_file
from reports.taxonomy import Taxonomy, TaxonomyFile, load_taxonomy_file, region_taxonomy

# POLICY §2: grounds for not accepting a report (codes stored; titles shown).
NOT_ACCEPTED_REASONS: dict[str, str] = {
    "out_of_scope": "不属于医疗保障基金监管范围",
    "no_target_or_facts": "没有明确的被举报对象或具体线索",
    "under_investigation": "已受理且正在调查处理中",
    "closed_no_new_leads": "已办结且没有提供新的线索",
    "litigation_or_review": "属于诉讼、仲裁或行政复议事项",
}
CONCLUSIONS: dict[str, str] = {
    "substantiated": "属实",
    "partly": "部分属实",
    "not_substantiated": "不属实",
}
CONSENT_VERSION = "2026-01"
CONSENT_TEXT = (
    "实名举报需要处理您的姓名、身份证号码和手机号码，这些属于敏感个人信息（个人信息保护法第二十八条）。"
    "它们将加密保存，仅承办人和负责人因办案需要可查看，每次查看都有记录，绝不会透露给被举报方。"
    "回复“同意”表示您单独同意上述处理；回复“匿名”改为匿名举报。"
)


@dataclass(frozen=True)
class ReportRules:
    calendar: WorkCalendar
    deadlines: DeadlineFile
    taxonomies: TaxonomyFile
    receipt_key: bytes
    duplicate_window_days: int = 90
    _cache: dict[str, Taxonomy] = field(default_factory=dict, compare=False, repr=False)

    def taxonomy(self, region: str) -> Taxonomy:
        if region not in self._cache:
            self._cache[region] = region_taxonomy(region, data=self.taxonomies)
        return self._cache[region]

    def policy(self, region: str) -> DeadlinePolicy:
        return deadline_policy(region, data=self.deadlines)


def load_rules(*, receipt_key: bytes) -> ReportRules:
    return ReportRules(
        calendar=load_calendar(),
        deadlines=load_deadline_file(),
        taxonomies=load_taxonomy_file(),
        receipt_key=receipt_key,
    )
