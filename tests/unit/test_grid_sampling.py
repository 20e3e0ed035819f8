"""The seed 001 sampling draw: the 30 largest by fund payments always, at least 10% in all."""

from __future__ import annotations

import math
import random

import pytest

from grid.tasks import sample


@pytest.mark.parametrize(("population", "seed"), [(25, 1), (300, 2), (301, 3), (1000, 4), (4321, 5)])
def test_the_draw_always_includes_the_top_30_and_at_least_10_percent(population: int, seed: int) -> None:
    rng = random.Random(seed)
    codes = [f"P{i:05d}" for i in range(population)]
    payments = {c: rng.randrange(1, 10**9) for c in codes}
    drawn = sample(codes, payments, share=0.1, top=30, rng=random.Random(seed))
    top = sorted(codes, key=lambda c: -payments[c])[:30]
    assert set(top) <= set(drawn)
    assert len(drawn) == max(math.ceil(0.1 * population), min(30, population))
    assert len(set(drawn)) == len(drawn) and drawn == sorted(drawn)


def test_the_rest_is_drawn_at_random_not_by_size() -> None:
    codes = [f"P{i:05d}" for i in range(2000)]
    payments = {c: i for i, c in enumerate(codes)}  # larger codes paid more
    draws = [set(sample(codes, payments, share=0.1, top=30, rng=random.Random(s))) for s in range(3)]
    top = set(codes[-30:])
    assert all(top <= d for d in draws)
    rest = [d - top for d in draws]
    assert rest[0] != rest[1] != rest[2]
    assert any(int(c[1:]) < 1000 for c in rest[0])  # not simply the next largest


def test_institutions_without_payments_rank_last_and_an_empty_grid_draws_nothing() -> None:
    drawn = sample(["A1", "B2", "C3"], {"C3": 5}, share=0.1, top=1, rng=random.Random(0))
    assert drawn == ["C3"]
    assert sample([], {}, share=0.1, top=30, rng=random.Random(0)) == []
