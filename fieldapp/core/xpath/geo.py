"""area(), distance() and geofence() as JavaRosa / Web Forms compute them.

Spherical earth of radius 6,378,100 m (the constant JavaRosa, Enketo and Web Forms share);
area by the Chamberlain-Duquette formula for polygons on a sphere, distance by haversine;
both rounded to centimetres (2 decimals) and made positive. Any invalid point gives NaN.
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


def _precise(value: float) -> float:
    return abs(round(value * 100) / 100) if value else 0.0


def area(points: list[Point]) -> float:
    if len(points) < 3:
        return 0.0
    if points[0] != points[-1]:
        points = [*points, points[0]]
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in pairwise(points):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return _precise(total * EARTH_RADIUS_M * EARTH_RADIUS_M / 2)


def distance(points: list[Point]) -> float:
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in pairwise(points):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp, dl = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        total += EARTH_RADIUS_M * 2 * math.atan2(math.sqrt(a), math.sqrt(max(0.0, 1 - a)))
    return _precise(total)


def inside(point: Point, polygon: list[Point]) -> bool:
    """Ray casting in the lat/lon plane, as JavaRosa's geofence does."""
    lat, lon = point
    result = False
    n = len(polygon)
    if n < 3:
        return False
    j = n - 1
    for i in range(n):
        lat_i, lon_i = polygon[i]
        lat_j, lon_j = polygon[j]
        if (lon_i > lon) != (lon_j > lon):
            cross = (lat_j - lat_i) * (lon - lon_i) / (lon_j - lon_i) + lat_i
            if lat < cross:
                result = not result
        j = i
    return result
