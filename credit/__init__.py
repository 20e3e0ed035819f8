"""Credit grades of designated institutions: regional grading schemes as data and their pure evaluation."""
