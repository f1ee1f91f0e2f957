"""area(), distance() and geofence() computed exactly as JavaRosa's GeoUtils does.

Earth radius 6,378,100 m. Area: each point projected to metres relative to the first point
(x scaled by the cosine of the point's latitude), then the triangle-fan shoelace sum, made
positive. Distance: spherical law of cosines between consecutive points. Geofence: the pnpoly
ray test on the closed shape. No rounding (Web Forms rounds to centimetres). Unlike JavaRosa,
a point outside [-90, 90] x [-180, 180] or unreadable makes the result NaN.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

EARTH_RADIUS_M = 6_378_100.0
_SPLIT = re.compile(r"\s*;\s*")

Point = tuple[float, float]


def parse_points(texts: list[str]) -> list[Point] | None:
    """Geopoints from node values / geotrace / geoshape text; None when any point is invalid."""
    points: list[Point] = []
    for text in texts:
        text = text.strip()
        if not text:
            continue
        for part in _SPLIT.split(text):
            coords = part.split()
            if not 2 <= len(coords) <= 4:
                return None
            try:
                lat, lon = float(coords[0]), float(coords[1])
                for extra in coords[2:]:
                    float(extra)
            except ValueError:
                return None
            if not (abs(lat) <= 90 and abs(lon) <= 180):
                return None
            points.append((lat, lon))
    return points


_CIRCUMFERENCE_M = 2 * EARTH_RADIUS_M * math.pi


def area(points: list[Point]) -> float:
    if len(points) < 3:
        return 0.0
    lat0, lon0 = points[0]
    xs: list[float] = []
    ys: list[float] = []
    for lat, lon in points[1:]:
        ys.append((lat - lat0) * _CIRCUMFERENCE_M / 360.0)
        xs.append((lon - lon0) * _CIRCUMFERENCE_M * math.cos(math.radians(lat)) / 360.0)
    total = 0.0
    for i in range(1, len(xs)):
        total += (ys[i - 1] * xs[i] - xs[i - 1] * ys[i]) / 2
    return abs(total)


def distance(points: list[Point]) -> float:
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in pairwise(points):
        dl = math.radians(lon1 - lon2)
        p1, p2 = math.radians(lat1), math.radians(lat2)
        cosine = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
        total += math.acos(max(-1.0, min(1.0, cosine))) * EARTH_RADIUS_M
    return total


def inside(point: Point, polygon: list[Point]) -> bool:
    """pnpoly with x = longitude and y = latitude, over the closed shape (as JavaRosa)."""
    if len(polygon) < 3:
        return False
    if polygon[0] != polygon[-1]:
        polygon = [*polygon, polygon[0]]
    test_y, test_x = point
    inside_ = False
    for (lat1, lon1), (lat2, lon2) in pairwise(polygon):
        if (lat2 > test_y) != (lat1 > test_y) and test_x < (lon1 - lon2) * (test_y - lat2) / (
            lat1 - lat2
        ) + lon2:
            inside_ = not inside_
    return inside_
