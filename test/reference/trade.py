"""Independent high-precision reference values for the trade kernels (shared/kernels/trade.ts):
HIT_FIRST (which of two barriers a GBM touches first, or neither, within T) and TRADE_EV.

X_t = ln(S_t/S_0) = nu t + sigma W_t, nu = drift - sigma^2/2. With the lower barrier at -x0 and the
upper at D (width w = x0 + D) every quantity is computed by TWO different methods with mpmath:

1. the method of images (Kunitomo & Ikeda 1992; Karatzas & Shreve, Brownian Motion and Stochastic
   Calculus, 2nd ed., 1991, Sec. 2.8): P(upper first by T) as an alternating sum of single-barrier
   first-passage probabilities of drifted Brownian motion, the survival mass as a sum of Gaussian
   masses of the reflected images; evaluated with enough digits to absorb its cancellation;
2. the eigenfunction (Fourier sine) series (Hui 1996, "One-touch double barrier binary option
   values", Applied Financial Economics 6, 343-346; Haug, The Complete Guide to Option Pricing
   Formulas, 2nd ed., 2007, Sec. 4.19.5): P(upper first by T) = gambler's ruin probability minus
   the eigen series of the flux beyond T, survival = the sum of both tails; evaluated with as many
   terms and digits as its cancellation needs.
Where a horizon is so long that the images would need more than a few hundred digits, method 1 is
replaced by the T -> infinity limit (gambler's ruin, exact to 50 digits there).

E[S_T; no touch] (for TRADE_EV) by (a) Girsanov: S_0 e^{mu T} x survival under log drift nu + sigma^2
from the series above, and (b) mpmath.quad of S_0 e^{y} times the killed density (image series at
short horizons, sine series at long ones) -- no measure change.
The two methods must agree to 30 significant digits (checked here, else the script stops); the
committed value is method 2 (method 1 where method 2 cannot reach the value's digits).

Also: AnalyticDoubleBarrierBinaryEngine of QuantLib (with r = 0 and dividend yield -mu the price of a
knock-in cash-or-nothing double barrier paying 1 at expiry is P(hit) = target_first + stop_first),
double precision, committed as a third opinion with its own tolerance.

Regenerate: /usr/bin/python3 test/reference/trade.py   (writes trade.json beside this file)"""
import json
import math
import mpmath as mp

F = mp.mpf
DPS = 50
mp.mp.dps = DPS


def geometry(spot, target, stop):
    spot, target, stop = F(spot), F(target), F(stop)
    up, down = max(target, stop), min(target, stop)
    D, x0 = mp.log(up / spot), mp.log(spot / down)
    return D, x0, D + x0, target > spot  # w = D + x0 exactly: the sine series needs the identity


def fp(T, d, m, sig):
    """P(drifted BM, drift m, vol sig, reaches level d > 0 by T) (Shreve II eq. 7.2.2)."""
    s = sig * mp.sqrt(T)
    return mp.ncdf((m * T - d) / s) + mp.exp(2 * m * d / sig ** 2) * mp.ncdf((-d - m * T) / s)


def images(D, x0, w, nu, sig, T):
    """[P_up, P_down, survival] by the method of images."""
    tau = sig ** 2 * T / w ** 2
    J = int(mp.sqrt(tau * (mp.mp.dps * 2.31 + 20))) + 3
    mt = nu / sig ** 2
    s = sig * mp.sqrt(T)

    def first(Dn, xf, m):
        mtt = m / sig ** 2
        tot = F(0)
        for j in range(0, J + 1):
            tot += mp.exp(-2 * mtt * j * w) * fp(T, Dn + 2 * j * w, m, sig)
        for j in range(1, J + 1):
            tot -= mp.exp(2 * mtt * j * w) * fp(T, xf + (2 * j - 1) * w, -m, sig)
        return tot

    pu = first(D, x0, nu)
    pd = first(x0, D, -nu)

    def mass(c):
        return mp.exp(mt * c) * (mp.ncdf((D - c - nu * T) / s) - mp.ncdf((-x0 - c - nu * T) / s))

    surv = F(0)
    for k in range(-J, J + 1):
        surv += mass(2 * k * w) - mass(2 * k * w - 2 * x0)
    return [pu, pd, surv]


def ruin(D, x0, w, nu, sig):
    """T -> infinity: P(up first) by the scale function e^{-2 nu x / sig^2}."""
    mt = nu / sig ** 2
    if mt == 0:
        pu = x0 / w
    else:
        pu = mp.expm1(-2 * mt * x0) / mp.expm1(-2 * mt * w)
    return pu, 1 - pu


def eigen(D, x0, w, nu, sig, T, scale_digits=0):
    """[P_up, P_down, survival] by the sine series (Hui 1996)."""
    w = D + x0  # exactly, at the working precision: the series relies on the identity
    mt = nu / sig ** 2
    m = mt * w
    a = mp.pi ** 2 * sig ** 2 * T / (2 * w ** 2)
    b = nu ** 2 * T / (2 * sig ** 2)
    N = int(mp.sqrt((mp.mp.dps * 2.31 + 20) / a)) + 3
    tu = F(0)
    tl = F(0)
    for n in range(1, N + 1):
        t = 2 * n * mp.pi * mp.sin(n * mp.pi * x0 / w) * mp.exp(-a * n * n) / (n * n * mp.pi ** 2 + m * m)
        tu += t if n % 2 else -t
        tl += t
    tu *= mp.exp(mt * D - b)
    tl *= mp.exp(-mt * x0 - b)
    pu, pd = ruin(D, x0, w, nu, sig)
    return [pu - tu, pd - tl, tu + tl]


def hit_first(spot, target, stop, T, vol, drift, nu_shift=0):
    """Both methods; returns (values by method 2, values by method 1 or None, name of method 1)."""
    D, x0, w, long_ = geometry(spot, target, stop)
    sig = F(vol)
    nu = F(drift) - sig ** 2 / 2 + nu_shift * sig ** 2
    T = F(T)
    tau = sig ** 2 * T / w ** 2
    lost = float(mp.pi ** 2 * tau / 2 / mp.log(10))
    if lost < 400:
        with mp.workdps(DPS + 15 + int(lost)):
            m1 = images(D, x0, w, nu, sig, T)
        # again with digits for the smallest value's own cancellation (and the e^{2 nu x / sig^2} factors)
        tiny = min(abs(v) for v in m1 if v != 0)
        more = int(-mp.log10(tiny)) + int(abs(nu / sig ** 2) * w * 4 / mp.log(10)) + 10 if tiny > 0 else 10
        with mp.workdps(DPS + 15 + int(lost) + more):
            m1 = images(D, x0, w, nu, sig, T)
        name = 'images'
    else:
        m1 = list(ruin(D, x0, w, nu, sig)) + [None]
        name = 'ruin'
    # the sine series cancels when a probability is far below its T = infinity limit
    small = min(abs(v) for v in m1 if v is not None and v != 0)
    extra = max(0, int(-mp.log10(small))) if small > 0 else 0
    with mp.workdps(DPS + 15 + extra):
        m2 = eigen(D, x0, w, nu, sig, T)
    return m2, m1, name, (D, x0, w, long_, nu, sig, T)


def agree(a, b, what):
    if b is None or a == 0:
        return
    r = abs(a - b) / abs(a)
    if r > F(10) ** -30:
        raise SystemExit('methods disagree on %s: %s vs %s (rel %s)' % (what, mp.nstr(a, 20), mp.nstr(b, 20), mp.nstr(r, 3)))


def killed_moment(D, x0, w, nu, sig, T):
    """E[e^{X_T}; no touch] by quadrature of e^{u} x the killed density (no measure change)."""
    tau = sig ** 2 * T / w ** 2
    mt = nu / sig ** 2
    s = sig * mp.sqrt(T)
    pref = lambda u: mp.exp(mt * u - nu ** 2 * T / (2 * sig ** 2))
    if tau < 1:
        J = int(mp.sqrt(tau * (mp.mp.dps * 2.31 + 20))) + 3
        phi = lambda z: mp.npdf(z / s) / s

        def dens(u):
            y = u + x0
            return pref(u) * sum(phi(y - x0 - 2 * k * w) - phi(y + x0 - 2 * k * w) for k in range(-J, J + 1))
    else:
        a = mp.pi ** 2 * sig ** 2 * T / (2 * w ** 2)
        N = int(mp.sqrt((mp.mp.dps * 2.31 + 20) / a)) + 3

        def dens(u):
            y = u + x0
            return pref(u) * 2 / w * sum(mp.sin(n * mp.pi * x0 / w) * mp.sin(n * mp.pi * y / w) * mp.exp(-a * n * n) for n in range(1, N + 1))
    # split at the start and around the mean so the quadrature sees the peak
    pts = sorted(set([-x0, D] + [min(max(p, -x0), D) for p in (F(0), nu * T, nu * T - 3 * s, nu * T + 3 * s, nu * T - 8 * s, nu * T + 8 * s)]))
    return mp.quad(lambda u: mp.exp(u) * dens(u), pts, maxdegree=10)


CASES = [
    # spot, target, stop, T (years), vol, drift
    (100, 110, 95, 63 / 252, 0.30, 0.10),  # the worked example of issue #10
    (100, 110, 95, 1 / 252, 0.30, 0.10),
    (100, 110, 95, 5 / 252, 0.30, 0.10),
    (100, 110, 95, 1.0, 0.30, 0.10),
    (100, 110, 95, 5.0, 0.30, 0.10),
    (100, 110, 90, 20 / 252, 0.45, 0.0),
    (100, 120, 90, 0.5, 0.25, 0.15),
    (100, 150, 80, 2.0, 0.40, 0.08),
    (100, 200, 50, 5.0, 0.60, 0.05),
    (100, 101, 99, 1 / 252, 0.20, 0.0),
    (100, 100.5, 99.5, 1 / 252, 0.05, 0.0),
    (100, 100.2, 99, 5 / 252, 0.10, 0.3),
    (100, 105, 99.9, 10 / 252, 0.30, 0.0),    # spot near the stop
    (100, 100.05, 90, 10 / 252, 0.30, 0.0),   # spot near the target
    (100, 130, 99.5, 20 / 252, 0.35, -0.2),
    (100, 110, 95, 1 / 252, 0.05, 0.0),       # far barriers for a day: tiny probabilities
    (100, 120, 80, 1 / 252, 0.10, 0.0),
    (100, 150, 60, 1 / 252, 0.15, 0.1),
    (100, 200, 50, 5 / 252, 0.20, 0.0),
    (100, 110, 95, 1 / 252, 1.50, 0.0),
    (100, 110, 95, 5.0, 1.50, 0.30),          # survival below the double range
    (100, 300, 30, 5.0, 1.50, -0.5),
    (100, 110, 95, 5.0, 0.05, 0.10),
    (100, 110, 95, 5.0, 0.05, -0.10),
    (100, 140, 90, 5.0, 0.05, 0.02),
    (100, 105, 95, 0.25, 0.05, 0.50),         # strong drift toward the target
    (100, 105, 95, 0.25, 0.05, -0.50),        # strong drift toward the stop
    (100, 110, 95, 3.0, 0.08, -0.30),
    (100, 250, 80, 1.0, 0.20, 0.0),
    (100, 115, 97, 30 / 252, 0.25, 0.05),
    (100, 160, 90, 0.75, 0.70, 0.20),
    (100, 102, 98, 0.1, 0.15, 0.0),
    (100, 102, 98, 1.0, 0.15, 0.0),
    (50, 65, 45, 126 / 252, 0.50, 0.12),
    (1500, 1650, 1450, 40 / 252, 0.22, 0.07),
    (2.5, 3, 2.2, 2.0, 0.90, 0.25),
    # short positions: target below spot, stop above
    (100, 90, 105, 63 / 252, 0.30, 0.10),
    (100, 90, 105, 1 / 252, 0.30, -0.10),
    (100, 95, 110, 1.0, 0.40, -0.20),
    (100, 80, 101, 20 / 252, 0.30, 0.0),
    (100, 99.9, 130, 5 / 252, 0.45, 0.05),
    (100, 50, 120, 5.0, 0.60, -0.05),
    (100, 70, 103, 1 / 252, 0.12, 0.0),
    (100, 97, 102, 2 / 252, 0.25, 0.4),
    (100, 90, 110, 5.0, 1.00, 0.0),
    (100, 60, 150, 1 / 252, 0.30, 0.0),
    (100, 85, 105, 0.4, 0.05, -0.3),
    (100, 92, 104, 10 / 252, 0.35, -0.15),
    # strong drift for a short horizon: survival far below 1 (the image series of the survival mass)
    (100, 101, 95, 0.1, 0.02, 0.5),
    (100, 99, 105, 0.1, 0.03, -0.5),
    (100, 100.3, 99.8, 2 / 252, 0.08, 2.0),
    # drift sigma^2/2: zero drift of ln S
    (100, 120, 90, 4.0, 0.20, 0.02),
    (100, 110, 95, 10 / 252, 0.30, 0.045),
]


def digits(x):
    return '0' if x == 0 else mp.nstr(x, 30)


def ql_hit(spot, target, stop, T, vol, drift):
    try:
        import QuantLib as ql
    except ImportError:
        return None
    today = ql.Date(2, 1, 2024)
    ql.Settings.instance().evaluationDate = today
    dc = ql.Actual365Fixed()
    days = T * 365
    if abs(days - round(days)) > 1e-9:
        return None
    mat = today + int(round(days))
    up, down = max(target, stop), min(target, stop)
    process = ql.BlackScholesMertonProcess(
        ql.QuoteHandle(ql.SimpleQuote(spot)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, -drift, dc)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, 0.0, dc)),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), vol, dc)))
    opt = ql.DoubleBarrierOption(ql.DoubleBarrier.KnockIn, down, up, 0.0, ql.CashOrNothingPayoff(ql.Option.Call, 0.0, 1.0),
                                 ql.EuropeanExercise(mat))  # knock-in paid at expiry: with r = 0 the touch probability
    opt.setPricingEngine(ql.AnalyticDoubleBarrierBinaryEngine(process))
    return opt.NPV()


hit_rows = []
ev_rows = []
for spot, target, stop, T, vol, drift in CASES:
    m2, m1, name, geo = hit_first(spot, target, stop, T, vol, drift)
    D, x0, w, long_, nu, sig, Tm = geo
    for k, what in enumerate(('up', 'down', 'neither')):
        agree(m2[k], m1[k], '%s %s' % (what, (spot, target, stop, T, vol, drift)))
    pu, pd, pn = m2
    tgt, stp = (pu, pd) if long_ else (pd, pu)
    hit_rows.append([spot, target, stop, T, vol, drift, digits(tgt), digits(stp), digits(pn), name])
    # E[S_T; no touch]: Girsanov (log drift nu + sigma^2) vs quadrature of the killed density
    g2, g1, _, _ = hit_first(spot, target, stop, T, vol, drift, nu_shift=1)
    with mp.workdps(DPS + 10):
        girsanov = F(spot) * mp.exp(F(drift) * Tm) * g2[2]
        agree(girsanov, F(spot) * mp.exp(F(drift) * Tm) * g1[2] if g1[2] is not None else None, 'girsanov moment')
        if girsanov > F(10) ** -250:
            with mp.workdps(60):
                quad = F(spot) * killed_moment(D, x0, w, nu, sig, Tm)
            r = abs(quad - girsanov) / girsanov
            if r > F(10) ** -25:
                raise SystemExit('moment disagrees %s: %s vs %s' % ((spot, target, stop, T), girsanov, quad))
        exit_ = F(target) * tgt + F(stop) * stp + girsanov
        pnl = exit_ - spot if long_ else spot - exit_
        ev_rows.append([spot, target, stop, T, vol, drift, digits(pnl), digits(pnl / abs(F(spot) - F(stop)))])

ql_rows = []
for spot, target, stop, T, vol, drift in [(100, 110, 95, 73 / 365, 0.3, 0.1), (100, 120, 90, 1.0, 0.25, 0.05), (100, 150, 80, 2.0, 0.4, 0.0),
                                          (100, 105, 95, 0.5, 0.2, -0.1), (100, 90, 110, 3.0, 0.6, 0.0)]:
    v = ql_hit(spot, target, stop, T, vol, drift)
    if v is not None:
        ql_rows.append([spot, target, stop, T, vol, drift, v])

out = {
    'source': 'mpmath %s: images and sine series at 50+ digits, agreeing to 30 digits; moments by Girsanov and by mpmath.quad '
              '(see trade.py); quantlib: QuantLib %s AnalyticDoubleBarrierBinaryEngine, r = 0, q = -drift, knock-in cash-or-nothing, European exercise' % (
                  mp.__version__, __import__('QuantLib').__version__),
    'hit_first': hit_rows,
    'trade_ev': ev_rows,
    'quantlib_touch': ql_rows,
}
json.dump(out, open(__file__.replace('.py', '.json'), 'w'), indent=1)
print(len(hit_rows), 'cases')
for r in hit_rows[:1] + ev_rows[:1]:
    print(r)
