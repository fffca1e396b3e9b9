"""Turn the regions of the npm package morocco-map into the small outline file the site draws.

Run once by `invoke map-data` when the package changes; the build only reads data/regions-map.json,
so building the site needs no npm. Borders shared by two regions are stored once in the TopoJSON
(as "arcs") and simplified once here, so neighbouring shapes still meet after simplification.
"""

import json
import math
from pathlib import Path

PACKAGE = "morocco-map"
VERSION = "1.3.0"
SOURCE = f"node_modules/{PACKAGE}/data/regions.json"
ATTRIBUTION = (
    f"Contours des régions : paquet npm {PACKAGE} {VERSION} (data/regions.json), "
    "d'après OpenStreetMap, © les contributeurs d'OpenStreetMap, licence ODbL 1.0."
)
# Drawing units: the map is WIDTH wide; a point closer than TOLERANCE to the simplified line is dropped.
WIDTH = 400
TOLERANCE = 0.6
# Latitude at which a degree of longitude is measured (the middle of the country), for a map that
# keeps the country's proportions without a projection library.
MIDDLE_LATITUDE = 28.5


def decode_arcs(topology):
    """Each arc as a list of (longitude, latitude), from TopoJSON's quantized, delta-encoded arcs."""
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas–Peucker: the points needed to stay within `tolerance` of the line, ends kept."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            gap = _distance_to_segment(points[index], points[first], points[last])
            if gap > distance:
                farthest, distance = index, gap
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _distance_to_segment(point, start, end):
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    if length == 0:
        return math.hypot(px - ax, py - ay)
    along = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - along * dx, py - ay - along * dy)


def _projector(arcs):
    """A function from (longitude, latitude) to drawing units, and the drawing's height."""
    stretch = math.cos(math.radians(MIDDLE_LATITUDE))
    xs = [lon * stretch for arc in arcs for lon, _ in arc]
    ys = [-lat for arc in arcs for _, lat in arc]
    left, top = min(xs), min(ys)
    factor = WIDTH / (max(xs) - left)
    height = math.ceil((max(ys) - top) * factor)
    return (lambda lon, lat: ((lon * stretch - left) * factor, (-lat - top) * factor)), height


def _ring_path(ring, arcs):
    """An SVG subpath for one ring of arc indexes (a negative index is arc ~i, reversed)."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    rounded = [(round(x), round(y)) for x, y in points]
    path = [rounded[0]]
    for point in rounded[1:]:
        if point != path[-1]:
            path.append(point)
    if len(set(path)) < 3:  # an islet smaller than the drawing's unit
        return ""
    commands = [f"M{path[0][0]} {path[0][1]}"]
    commands += [f"l{x - px} {y - py}" for (px, py), (x, y) in zip(path, path[1:], strict=False)]
    return "".join(commands) + "z"


def convert(topology):
    """The outline file's content: the drawing's size, attribution and one SVG path per ISO code."""
    geographic = decode_arcs(topology)
    project, height = _projector(geographic)
    arcs = [simplify([project(lon, lat) for lon, lat in arc], TOLERANCE) for arc in geographic]
    regions = {}
    for geometry in topology["objects"]["regions"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        regions[geometry["id"]] = "".join(_ring_path(ring, arcs) for polygon in polygons for ring in polygon)
    return {
        "attribution": ATTRIBUTION,
        "width": WIDTH,
        "height": height,
        "regions": dict(sorted(regions.items())),
    }


def write(source, target):
    """Convert the package's regions.json at `source` into `target` (stable output: sorted, no spaces)."""
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    text = json.dumps(convert(topology), ensure_ascii=False, indent=1) + "\n"
    Path(target).write_text(text, encoding="utf-8")
    return text
