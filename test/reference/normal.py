"""Reference values for the standard normal CDF and its inverse, computed with mpmath at 50
significant digits (mpmath.ncdf is erfc-based with arbitrary precision; mpmath.erfinv likewise).
and the Mills ratio's remainder 1 − x·Φ(−x)/φ(x) on [4√2, 40].
Regenerate: python3 test/reference/normal.py   (writes normal.json beside this file)"""
import json
import mpmath as mp

mp.mp.dps = 50

def ncdf(x):
    return mp.ncdf(mp.mpf(x))

cdf = []
x = -37.0
xs = []
k = 0
while x <= 8.0 + 1e-12:
    xs.append(round(x, 10))
    x = -37.0 + 0.0625 * (k + 1) + 0.0  # exact binary steps
    k += 1
# add non-dyadic points
xs += [v / 7.0 for v in range(-259, 57)]
for v in sorted(set(xs)):
    cdf.append([v, mp.nstr(ncdf(v), 25)])

inv = []

def ninv(p):
    # root of log Φ(x) = log p (lower tail) or log Φ(-x) = log(1-p) (upper), solved at 50 digits
    if p == 0.5:
        return mp.mpf(0)
    if p < 0.5:
        x0 = mp.sqrt(-2 * mp.log(p)) * -1 if p < 0.1 else mp.mpf(-0.5)
        return mp.findroot(lambda x: mp.log(mp.ncdf(x)) - mp.log(p), x0, tol=mp.mpf(10) ** -45)
    return -ninv(1 - p)
ps = []
for e in range(-300, 0):
    for m in (1.0, 2.5, 5.0):
        ps.append(m * 10.0 ** e)
ps += [i / 1000.0 for i in range(1, 1000)]
ps += [1 - 10.0 ** (-e) for e in range(1, 17)]
for p in sorted(set(p for p in ps if 0 < p < 1)):
    pm = mp.mpf(p)  # the double exactly
    inv.append([p, mp.nstr(ninv(pm), 25)])

# 1 − x·Φ(−x)/φ(x) (the Mills ratio's remainder, ≈ 1/x²) on [4√2, 40], where the kernel takes it
# from Cody's rational form for the far tail of Black–Scholes prices
mills = []
for k in range(241):
    v = float(4 * mp.sqrt(2) + (40 - 4 * mp.sqrt(2)) * (mp.mpf(k) / 240) ** 2)
    xv = mp.mpf(v)
    mills.append([v, mp.nstr(1 - xv * mp.ncdf(-xv) / mp.npdf(xv), 25)])

json.dump({"source": "mpmath %s, 50 digits: ncdf(x), root of log ncdf(x) = log p, and 1 - x ncdf(-x)/npdf(x)" % mp.__version__, "cdf": cdf, "inv": inv, "mills_rest": mills}, open(__file__.replace('.py', '.json'), 'w'), indent=0)
