"""Practitioner points (医保支付资格记分): schemes as data, the pure engine that turns records into a
standing, the stored records, access codes and review requests, and the CLI. Tied to credit through
the region table (``points_scheme``), the credit officer's access and the credit error vocabulary."""
