"""randomize(): the "inside-out" Fisher-Yates shuffle of the ODK XForms spec.

With a seed, the random source is the Park-Miller "minimal standard" generator
(multiplier 16807, modulus 2^31 - 1) as in the shared ODK implementations (openrosa-xpath-
evaluator / Web Forms): ``seed % m`` (plus ``m - 1`` when not positive) is the state, each draw
is ``(state - 1) / (m - 1)``. A seed is truncated to an integer first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

_M = 2147483647
_A = 16807


class ParkMiller:
    """The Park-Miller minimal standard generator."""

    __slots__ = ("state",)

    def __init__(self, seed: int) -> None:
        state = seed % _M if seed >= 0 else -((-seed) % _M)  # JavaScript's sign-keeping %
        if state <= 0:
            state += _M - 1
        self.state = state

    def next_int(self) -> int:
        self.state = (self.state * _A) % _M
        return self.state

    def next_float(self) -> float:
        return (self.next_int() - 1) / (_M - 1)


def shuffle(items: Sequence[T], rng: Callable[[], float]) -> list[T]:
    """Inside-out Fisher-Yates: returns a new list; ``rng`` gives floats in [0, 1)."""
    result: list[T] = []
    for i, item in enumerate(items):
        j = math.floor(rng() * (i + 1))
        if j == i:
            result.append(item)
        else:
            result.append(result[j])
            result[j] = item
    return result


def seeded_shuffle(items: Sequence[T], seed: float) -> list[T]:
    """Reproducible shuffle for ``randomize(nodes, seed)``."""
    return shuffle(items, ParkMiller(int(seed)).next_float)
