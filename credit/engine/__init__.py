"""Credit's pure engine: schemes as data, facts, scoring and grading. No storage, no clock (the
evaluation date is ``facts.as_of``), so ``fundguard credit simulate`` runs on a laptop."""
