"""Facts commitments publish (``kernel.events``) for other domains to act on."""

from __future__ import annotations

# A campaign's window closed with non-signers of an institution whose consequence is a credit event.
# Payload: campaign_id, region, institution_code, event_kind, closes_on (ISO date), unsigned (count).
COMMITMENT_UNSIGNED = "commitment.unsigned"
