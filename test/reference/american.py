"""Reference values for the American option kernel (shared/kernels/american.ts), from QuantLib's
Python bindings: QdFpAmericanEngine with its high-precision scheme (Andersen, Lake & Offengenden,
"High-performance American option pricing", J. Comput. Finance 20(1), 2016: fixed-point iteration
on the exercise boundary; QuantLib's highPrecisionScheme = tanh-sinh (m = 10, n = 30, eps = 1e-10)).
Beside it, for the benchmark's comparison row: QuantLib's fast and accurate QD+ fixed-point schemes,
Barone-Adesi & Whaley (1987) and Bjerksund & Stensland (1993), and for judging the reference itself
a finer tanh-sinh scheme (m = 30, n = 96, eps = 1e-14; it agrees with (40, 128, 1e-15) to ~1e-12 where the high-precision scheme is off by up to 1e-7).

Times are whole days on Actual/365 Fixed (T = days/365, as QuantLib's term structures see them);
r and q are continuously compounded flat rates.

Greeks: central differences of the finer scheme's prices with one Richardson extrapolation (steps h and
2h), theta per year through the scaling V(T(1+e); sigma, r, q) = V(T; sigma*sqrt(1+e), r(1+e), q(1+e))
(the price depends on T only through sigma^2 T, rT and qT), so T stays a whole number of days.

Regenerate: /usr/bin/python3 test/reference/american.py   (writes american.json beside this file;
--near-only redoes only the near-money low-volatility table, --greeks-only only the greeks)"""
import json
import math
import random
import sys

import QuantLib as ql

TODAY = ql.Date(15, ql.January, 2024)
ql.Settings.instance().evaluationDate = TODAY
DC = ql.Actual365Fixed()

HP = ql.QdFpAmericanEngine.highPrecisionScheme()
FAST = ql.QdFpAmericanEngine.fastScheme()
ACCURATE = ql.QdFpAmericanEngine.accurateScheme()
FINER = ql.QdFpTanhSinhIterationScheme(30, 96, 1e-14)
# Long maturities at low volatility: the boundary moves on a time scale (sigma/(r-q))^2 far below T and
# 96 nodes leave ~3e-9; (40, 192) agrees with (40, 128) to 4e-10 there.
FINEST = ql.QdFpTanhSinhIterationScheme(40, 192, 1e-15)


def needs_finest(days, vol):
    return days >= 5 * 365 and vol * math.sqrt(days / 365) < 0.1


def process(S, vol, r, q):
    return ql.BlackScholesMertonProcess(
        ql.QuoteHandle(ql.SimpleQuote(S)),
        ql.YieldTermStructureHandle(ql.FlatForward(TODAY, q, DC)),
        ql.YieldTermStructureHandle(ql.FlatForward(TODAY, r, DC)),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(TODAY, ql.NullCalendar(), vol, DC)),
    )


def price(kind, S, K, days, vol, r, q, engine='hp'):
    p = process(S, vol, r, q)
    opt = ql.VanillaOption(
        ql.PlainVanillaPayoff(ql.Option.Call if kind == 'call' else ql.Option.Put, K),
        ql.AmericanExercise(TODAY, TODAY + days),
    )
    if engine == 'baw':
        opt.setPricingEngine(ql.BaroneAdesiWhaleyApproximationEngine(p))
    elif engine == 'bjs':
        opt.setPricingEngine(ql.BjerksundStenslandApproximationEngine(p))
    else:
        finer = FINEST if needs_finest(days, vol) else FINER
        scheme = {'hp': HP, 'fast': FAST, 'accurate': ACCURATE, 'finer': finer}[engine]
        opt.setPricingEngine(ql.QdFpAmericanEngine(p, scheme))
    return opt.NPV()


def maybe(kind, S, K, days, vol, r, q, engine):
    """A peer's value, or None where QuantLib raises (its QD+ boundary search can fail at extremes)."""
    try:
        return repr(price(kind, S, K, days, vol, r, q, engine))
    except RuntimeError as e:
        print('QuantLib failed:', engine, kind, S, K, days, vol, r, q, e)
        return None


def row(kind, S, K, days, vol, r, q):
    T = days / 365
    return [kind, S, K, T, vol, r, q] + [maybe(kind, S, K, days, vol, r, q, e) for e in ('hp', 'finer', 'fast', 'accurate', 'baw', 'bjs')]


def near_rows():
    """Near the money (S 97-103) at low volatility (2-7%), 5 days to 4 months, with strong early exercise
    (the put's r 8-15% over q 0-5%, the call's q over r): where the exercise boundary moves fast
    against the option's short time scale and coarse boundary quadratures go wrong (fast sizes fitted
    on the wide sweep once missed by up to 10x the tolerance here, a region that sweep rarely samples)."""
    rng_ = random.Random(20261207)
    out_ = []
    for _ in range(80):
        kind = rng_.choice(('put', 'call'))
        S = round(rng_.uniform(97, 103), 4)
        days = int(round(math.exp(rng_.uniform(math.log(5), math.log(126)))))
        vol = round(rng_.uniform(0.02, 0.07), 4)
        a, b = round(rng_.uniform(0.08, 0.15), 4), round(rng_.uniform(0, 0.05), 4)
        r, q = (a, b) if kind == 'put' else (b, a)
        out_.append(row(kind, S, 100, days, vol, r, q))
    return out_


# Greeks by central differences (Richardson) of high-precision prices.
def richardson(f, h):
    return (4 * f(h) - f(2 * h)) / 3


def greeks(kind, S, K, days, vol, r, q):
    P = lambda s=S, v=vol, rr=r, qq=q: price(kind, s, K, days, v, rr, qq, 'finer')
    hS = 1e-3 * S
    delta = richardson(lambda h: (P(S + h) - P(S - h)) / (2 * h), hS)
    gamma = richardson(lambda h: (P(S + h) - 2 * P(S) + P(S - h)) / (h * h), 2 * hS)
    hv = 1e-3 * vol
    vega = richardson(lambda h: (P(v=vol + h) - P(v=vol - h)) / (2 * h), hv) / 100
    hr = 1e-4
    rho = richardson(lambda h: (P(rr=r + h) - P(rr=r - h)) / (2 * h), hr) / 100
    T = days / 365
    scaled = lambda e: P(v=vol * math.sqrt(1 + e), rr=r * (1 + e), qq=q * (1 + e))
    he = 1e-3
    theta = -richardson(lambda h: (scaled(h) - scaled(-h)) / (2 * h * T), he)
    return [kind, S, K, T, vol, r, q, repr(delta), repr(gamma), repr(vega), repr(theta), repr(rho)]


def main():
    """Writes american.json (or, with --near-only, --refine or --greeks-only, updates part of it)."""
    NEAR_ONLY = '--near-only' in sys.argv  # keep american.json, (re)compute its near-money low-vol table
    if NEAR_ONLY:
        data = json.load(open(__file__.replace('.py', '.json')))
        data['near'] = near_rows()
        json.dump(data, open(__file__.replace('.py', '.json'), 'w'), indent=1)
        return

    GREEKS_ONLY = '--greeks-only' in sys.argv  # keep the price tables of american.json, redo the greeks
    REFINE = '--refine' in sys.argv  # keep american.json, recompute the finer column where needs_finest
    if REFINE:
        data = json.load(open(__file__.replace('.py', '.json')))
        for r_ in [data['worked']] + data['grid'] + data['sweep']:
            days_ = round(r_[3] * 365)
            if needs_finest(days_, r_[4]):
                r_[8] = maybe(r_[0], r_[1], r_[2], days_, r_[4], r_[5], r_[6], 'finer')
        data['source'] = data['source'].replace('(30, 96, 1e-14)', '(30, 96, 1e-14) or (40, 192, 1e-15) for long low-vol options')
        json.dump(data, open(__file__.replace('.py', '.json'), 'w'), indent=1)
        return

    # The worked value: at-the-money one-year put, 30% vol, 5% rate.
    make = row
    if GREEKS_ONLY:
        previous = json.load(open(__file__.replace('.py', '.json')))
        make = lambda *a: None  # noqa: E731 (prices are taken from the existing file below)
    worked = make('put', 100, 100, 365, 0.3, 0.05, 0)

    # Grid: both types, deep in to deep out of the money, 1 day to 10 years, vols 2% to 250%; the
    # (r, q) pair cycles through the ranges (r from -1% to 15%, q from 0 to 10%).
    RQ = [(0.05, 0.0), (0.05, 0.03), (-0.01, 0.0), (0.15, 0.1), (0.02, 0.1), (0.0, 0.03), (0.1, 0.02), (-0.01, 0.05), (0.03, 0.03)]
    grid = []
    i = 0
    for kind in ('put', 'call'):
        for S in (25, 60, 85, 100, 115, 160, 400):
            for days in (1, 91, 365, 3650):
                for vol in (0.02, 0.3, 1.0, 2.5):
                    r, q = RQ[i % len(RQ)]
                    i += 1
                    grid.append(make(kind, S, 100, days, vol, r, q))
    # Every (r, q) corner at the money and 20% either side, one year, 30% vol.
    for kind in ('put', 'call'):
        for r in (-0.01, 0.0, 0.05, 0.15):
            for q in (0.0, 0.05, 0.1):
                for S in (80, 100, 120):
                    grid.append(make(kind, S, 100, 365, 0.3, r, q))

    # Random sweep, fixed seed: log-uniform moneyness 0.25-4, days 1-3650, vol 2%-250%.
    rng = random.Random(20240115)
    sweep = []
    for _ in range(100):
        kind = rng.choice(('put', 'call'))
        S = round(100 * math.exp(rng.uniform(math.log(0.25), math.log(4))), 4)
        days = int(round(math.exp(rng.uniform(0, math.log(3650)))))
        vol = round(math.exp(rng.uniform(math.log(0.02), math.log(2.5))), 4)
        r = round(rng.uniform(-0.01, 0.15), 4)
        q = round(rng.uniform(0, 0.1), 4)
        sweep.append(make(kind, S, 100, days, vol, r, q))


    greek_rows = [
        greeks(*a)
        for a in [
            ('put', 100, 100, 365, 0.3, 0.05, 0.0),
            ('put', 90, 100, 182, 0.25, 0.08, 0.02),
            ('put', 120, 100, 730, 0.4, 0.03, 0.0),
            ('put', 100, 100, 30, 0.6, 0.1, 0.05),
            ('call', 100, 100, 365, 0.3, 0.05, 0.06),
            ('call', 110, 100, 1825, 0.2, 0.02, 0.08),
            ('call', 85, 100, 91, 0.5, 0.15, 0.1),
            ('put', 82, 100, 365, 0.35, 0.12, 0.0),
        ]
    ]

    if GREEKS_ONLY:
        worked, grid, sweep = previous['worked'], previous['grid'], previous['sweep']

    out = {
        "source": "QuantLib %s Python bindings: QdFpAmericanEngine highPrecisionScheme (tanh-sinh, 10 fixed-point steps, "
        "30 Chebyshev nodes, eps 1e-10); peers: finer QdFpTanhSinhIterationScheme(30, 96, 1e-14) or (40, 192, 1e-15) for long low-vol options, fastScheme, accurateScheme, "
        "BaroneAdesiWhaleyApproximationEngine, BjerksundStenslandApproximationEngine (see american.py)" % ql.__version__,
        "columns": "type, S, K, T (days/365), vol, r, q, high-precision, finer, fast, accurate, BAW, Bjerksund-Stensland",
        "worked": worked,
        "grid": grid,
        "sweep": sweep,
        "near": previous["near"] if GREEKS_ONLY else near_rows(),
        "greeks_columns": "type, S, K, T, vol, r, q, delta, gamma, vega (per point), theta (per year), rho (per point)",
        "greeks": greek_rows,
    }
    json.dump(out, open(__file__.replace('.py', '.json'), 'w'), indent=1)
    print(len(grid), len(sweep), worked)


# Importing this file (to reuse price() or row()) must not regenerate the table.
if __name__ == '__main__':
    main()
