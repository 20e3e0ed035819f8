"""The facts surveys publish (``kernel.events``).

``survey.aggregated``: a region's period was aggregated; payload ``{region, period, indicator,
values: {code: "0-100"}, samples: {code: {responses, held, interval}}, below: [code, …]}``. ``values``
holds the institutions whose sample reached the region's minimum (their satisfaction indicator);
``below`` those that did not (an indicator from an earlier aggregation no longer stands).
"""

from __future__ import annotations

SURVEY_AGGREGATED = "survey.aggregated"
