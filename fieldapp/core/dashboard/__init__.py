"""Supervisor dashboards, Qt-free: progress, IPL scores and diaspora profiles of a team.

Aggregators take one :class:`SubmissionFacts` at a time (the routing metadata the store keeps in
plaintext plus, for the score and profile views, the decrypted instance XML) and keep only
counts and sums, so a dashboard over 100k submissions stays flat in memory and never writes
answers anywhere. The UI turns the results into charts.
"""

from fieldapp.core.dashboard.diaspora import (
    CONTRIBUTION_CHANNELS,
    DiasporaAggregator,
    DiasporaProfile,
)
from fieldapp.core.dashboard.facts import SubmissionFacts, instance_values
from fieldapp.core.dashboard.ipl import (
    HISTOGRAM_BINS,
    IplAggregator,
    IplDashboard,
    IplGroup,
)
from fieldapp.core.dashboard.progress import Progress, ProgressAggregator
from fieldapp.core.dashboard.team import TeamDashboard, build_dashboard, needs_answers

__all__ = [
    "CONTRIBUTION_CHANNELS",
    "HISTOGRAM_BINS",
    "DiasporaAggregator",
    "DiasporaProfile",
    "IplAggregator",
    "IplDashboard",
    "IplGroup",
    "Progress",
    "ProgressAggregator",
    "SubmissionFacts",
    "TeamDashboard",
    "build_dashboard",
    "instance_values",
    "needs_answers",
]
