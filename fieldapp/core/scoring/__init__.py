"""Scores computed from finalized instances of the built-in instruments (Qt-free)."""

from fieldapp.core.scoring.ipl import DimensionScore, IplScores, ItemScore, score_ipl

__all__ = ["DimensionScore", "IplScores", "ItemScore", "score_ipl"]
