"""Grid supervision (POLICY §8): the region → county → grid tree with boundaries, institutions and
staff placed in grids, social supervisors appointed to grids, their findings and inspection tasks."""
