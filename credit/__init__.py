"""Credit of designated institutions: stored events and indicators, evaluation runs over the pure
engine (``credit.engine``), publication, objections, the blacklist and repair, and grade lookup."""
