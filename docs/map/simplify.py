# Simplifies TaliaCao/Vietnam-Shape-Map's 34-province GeoJSON into Xã Số's bundled map file.
# Run once, by hand, when the boundaries change (see docs/map.md):
#   python3 docs/map/simplify.py 0.012 diaphantinhvn_merged.geojson \
#       src/main/resources/vn/xaso/site/map/provinces-34.geojson
# Standard library only. Output is deterministic (features sorted by slug).
import json, math, sys
SLUG = {'An Giang':'an-giang','Bắc Ninh':'bac-ninh','Cao Bằng':'cao-bang','Cà Mau':'ca-mau','Gia Lai':'gia-lai',
 'Hà Tĩnh':'ha-tinh','Hưng Yên':'hung-yen','Khánh Hoà':'khanh-hoa','Lai Châu':'lai-chau','Lào Cai':'lao-cai',
 'Lâm Đồng':'lam-dong','Lạng Sơn':'lang-son','Nghệ An':'nghe-an','Ninh Bình':'ninh-binh','Phú Thọ':'phu-tho',
 'Quảng Ngãi':'quang-ngai','Quảng Ninh':'quang-ninh','Quảng Trị':'quang-tri','Sơn La':'son-la','TP Cần Thơ':'can-tho',
 'TP HCM':'ho-chi-minh','TP Huế':'hue','TP Hà Nội':'ha-noi','TP Hải Phòng':'hai-phong','TP Đà Nẵng':'da-nang',
 'Thanh Hoá':'thanh-hoa','Thái Nguyên':'thai-nguyen','Tuyên Quang':'tuyen-quang','Tây Ninh':'tay-ninh',
 'Vĩnh Long':'vinh-long','Điện Biên':'dien-bien','Đắk Lắk':'dak-lak','Đồng Nai':'dong-nai','Đồng Tháp':'dong-thap'}
TOL = float(sys.argv[1])
SOURCE, TARGET = sys.argv[2], sys.argv[3]
MIN_AREA = 0.004   # square degrees: smaller coastal islets are dropped ...
ARCHIPELAGO_LON = 111.0  # ... but never Hoàng Sa or Trường Sa, east of this meridian

def dp(pts, tol):
    if len(pts) < 3: return pts
    keep = [False]*len(pts); keep[0] = keep[-1] = True
    stack = [(0, len(pts)-1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]; bx, by = pts[b]
        dx, dy = bx-ax, by-ay; L = math.hypot(dx, dy)
        best, idx = -1, -1
        for i in range(a+1, b):
            px, py = pts[i]
            d = math.hypot(px-ax, py-ay) if L == 0 else abs(dy*px - dx*py + bx*ay - by*ax)/L
            if d > best: best, idx = d, i
        if best > tol:
            keep[idx] = True; stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(pts, keep) if k]

def area(r):
    return abs(sum(r[i][0]*r[i+1][1]-r[i+1][0]*r[i][1] for i in range(len(r)-1)))/2

def ring(r, tol):
    # split closed ring in two halves so DP keeps a polygon, not a line
    r = [(round(x, 6), round(y, 6)) for x, y in r]
    if r[0] == r[-1]: r = r[:-1]
    if len(r) < 3: return None
    h = len(r)//2
    out = dp(r[:h+1], tol)[:-1] + dp(r[h:]+[r[0]], tol)[:-1]
    return out if len(out) >= 3 else None

d = json.load(open(SOURCE, encoding='utf-8'))
feats = []
stats = {}
for f in sorted(d['features'], key=lambda f: SLUG[f['properties']['ten_tinh']]):
    g = f['geometry']
    polys = [g['coordinates']] if g['type'] == 'Polygon' else g['coordinates']
    land, islands = [], []
    for p in polys:
        outer = p[0]
        lon = sum(x for x, _ in outer)/len(outer)
        if lon > ARCHIPELAGO_LON:
            # tiny reefs: keep their shape at a finer tolerance, at least a triangle
            r = ring(outer, TOL/10)
            if r: islands.append(r)
            continue
        if area(outer) < MIN_AREA: continue
        r = ring(outer, TOL)
        if r: land.append(r)   # holes dropped: none matter at this scale
    q = lambda rs: [[[round(x, 3), round(y, 3)] for x, y in r] for r in rs]
    props = {'slug': SLUG[f['properties']['ten_tinh']]}
    feats.append({'type': 'Feature', 'properties': props,
                  'geometry': {'type': 'MultiPolygon', 'coordinates': [[r] for r in q(land)]}})
    if islands:
        feats[-1]['properties']['archipelago'] = {'da-nang': 'hoang-sa', 'khanh-hoa': 'truong-sa'}[props['slug']]
        feats[-1]['archipelago'] = q(islands)
    stats[props['slug']] = (len(land), sum(len(r) for r in land), len(islands))
out = {'type': 'FeatureCollection', 'features': []}
for f in feats:
    isl = f.pop('archipelago', None)
    out['features'].append(f)
    if isl:
        out['features'].append({'type': 'Feature', 'properties': {'slug': f['properties']['slug'], 'part': f['properties']['archipelago']},
                                'geometry': {'type': 'MultiPolygon', 'coordinates': [[r] for r in isl]}})
    f['properties'].pop('archipelago', None)
s = json.dumps(out, ensure_ascii=False, separators=(',', ':'))
open(TARGET, 'w', encoding='utf-8').write(s + '\n')
print(len(s), sum(v[1] for v in stats.values()), {k: v for k, v in stats.items() if v[2]})
