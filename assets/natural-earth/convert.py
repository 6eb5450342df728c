#!/usr/bin/env python3
"""Converts world-atlas 2.0.2's land-110m.json (TopoJSON of Natural Earth 1:110m land, v4.1.0)
into land-110m.txt: one land ring per line, "lon,lat lon,lat ..." in degrees to 0.1 degree,
longitudes continuous along a ring (so some pass 180 or -180)
(a pixel at 1920 px across is 0.19 degrees, so nothing visible is lost). Run once:
  python3 convert.py package/land-110m.json > ../../src/main/resources/org/wirewise/model/latency/land-110m.txt
"""
import json
import sys


def decode_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized arcs are delta-encoded (TopoJSON spec 2.1.3)
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))  # a negative index is the arc reversed
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their end point
    return points


def unwrap(pts):
    """Natural Earth cuts land at the date line, but a ring can still jump from 180 to -180 between
    two points. Longitudes are made continuous (the drawing repeats a ring that leaves -180..180 one
    world to the left or right); a ring that goes all the way round (Antarctica) is closed through
    the South Pole."""
    out = [pts[0]]
    for lon, lat in pts[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((round(lon, 1), lat))
    if abs(out[-1][0] - out[0][0]) > 180:
        out.extend([(out[-1][0], -90), (out[0][0], -90), out[0]])
    return out


def main(path):
    topology = json.load(open(path))
    arcs = decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                pts = []
                for lon, lat in ring(arcs, indexes):
                    p = (round(lon, 1), round(lat, 1))
                    if not pts or pts[-1] != p:
                        pts.append(p)
                pts = unwrap(pts)
                if len(pts) >= 4:
                    out.append(" ".join("%g,%g" % p for p in pts))
    sys.stdout.write("\n".join(out) + "\n")


main(sys.argv[1])
