"""Independent high-precision reference values for the Scenario Desk kernels, computed with mpmath
at 50 significant digits straight from the defining formulas (no shared code with the TypeScript):

- scenario_prob: P(S_T beyond target) and the first-passage probability of drifted Brownian
  motion (Shreve, Stochastic Calculus for Finance II, 2004, eq. 7.2.2 / Karatzas & Shreve §3.5.C),
  evaluated with mpmath.ncdf and mpmath.exp at 50 digits (no overflow issues at that precision).
- dcf_value: the two-stage sum evaluated term by term, Σ CF(1+g)^t/(1+r)^t + Gordon terminal value.
- bs_price_kappa: the condition number 1 + |S·Δ/V| of each bs_price value (Δ = ±e^{−qT}N(±d₁)), the
  factor by which the price test scales its ulp budget, so the bound does not come from the kernel.
- call_spread / put_hedge: the CALL_SPREAD and PUT_HEDGE rows from the Black–Scholes–Merton closed
  forms (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21, with a
  dividend yield as in Merton 1973) and N(d₂) at the breakeven (the risk-neutral probability of
  finishing above a strike, Hull §15.8), each cross-checked against QuantLib's BlackCalculator.

Regenerate: /usr/bin/python3 test/reference/kernels.py   (writes kernels.json beside this file)"""
import json
import math

import mpmath as mp
import QuantLib as ql

mp.mp.dps = 50
F = mp.mpf


def scenario(spot, target, days, vol, drift, mode, year_days=252):
    spot, target, vol, drift = F(spot), F(target), F(vol), F(drift)
    T = F(days) / F(year_days)
    b = mp.log(target / spot)
    nu = drift - vol ** 2 / 2
    s = vol * mp.sqrt(T)
    if b >= 0:  # up: max of X_t reaches b
        end = mp.ncdf((nu * T - b) / s)
        touch = end + mp.exp(2 * nu * b / vol ** 2) * mp.ncdf((-b - nu * T) / s)
    else:  # down: min of X_t reaches b
        end = mp.ncdf((b - nu * T) / s)
        touch = end + mp.exp(2 * nu * b / vol ** 2) * mp.ncdf((b + nu * T) / s)
    return end if mode == 'end' else touch


def dcf(cf, g, r, n, gt):
    cf, g, r, gt = F(cf), F(g), F(r), F(gt)
    pv = sum(cf * (1 + g) ** t / (1 + r) ** t for t in range(1, n + 1))
    pv += cf * (1 + g) ** n * (1 + gt) / ((r - gt) * (1 + r) ** n)
    return pv


scen_cases = []
for spot, target, days, vol, drift in [
    (100, 110, 20, 0.3, 0.0), (100, 110, 20, 0.3, 0.1), (100, 90, 20, 0.3, 0.0), (100, 90, 10, 0.45, -0.2),
    (180, 200, 15, 0.5, 0.25), (180, 150, 15, 0.5, 0.25), (50, 100, 252, 0.6, 0.05), (100, 101, 1, 0.2, 0.0),
    (100, 100.0001, 5, 0.25, 0.0), (100, 150, 2520, 0.01, 0.05), (100, 200, 2520, 0.02, 0.05),
    (100, 120, 252, 0.05, 0.3), (100, 80, 5040, 0.015, -0.01), (100, 300, 60, 0.35, 0.0), (100, 40, 60, 0.8, 0.0),
    (100, 1000, 20, 0.3, 0.0),
]:
    for mode in ('end', 'touch'):
        scen_cases.append([spot, target, days, vol, drift, mode, mp.nstr(scenario(spot, target, days, vol, drift, mode), 25)])

dcf_cases = []
for cf, g, r, n, gt in [
    (100, 0.1, 0.09, 5, 0.025), (100, 0.05, 0.08, 0, 0.025), (1, 0.15, 0.09, 5, 0.025), (1, 0.2, 0.09, 5, 0.025),
    (1, 0.15, 0.1, 5, 0.025), (2.5, 0.3, 0.12, 10, 0.03), (1, 0.09, 0.09, 5, 0.025), (1, 0.0900000001, 0.09, 5, 0.025),
    (1, -0.2, 0.08, 3, 0.0), (1, 0.5, 0.1, 30, 0.02), (1000, 0.04, 0.07, 100, 0.02), (1, 0.08, 0.0800000000001, 50, 0.02),
]:
    dcf_cases.append([cf, g, r, n, gt, mp.nstr(dcf(cf, g, r, n, gt), 25)])

def bs(call, S, K, T, vol, r, q):
    S, K, T, vol, r, q = F(S), F(K), F(T), F(vol), F(r), F(q)
    Fw = S * mp.exp((r - q) * T)
    s = vol * mp.sqrt(T)
    d1 = mp.log(Fw / K) / s + s / 2
    d2 = d1 - s
    df = mp.exp(-r * T)
    if call:
        return df * (Fw * mp.ncdf(d1) - K * mp.ncdf(d2))
    return df * (K * mp.ncdf(-d2) - Fw * mp.ncdf(-d1))


def bs_condition(call, S, K, T, vol, r, q, v):
    """Condition number 1 + |S·Δ/V| of the value V (the elasticity to spot, plus one), Δ = e^{−qT}N(d₁)
    for a call and −e^{−qT}N(−d₁) for a put, from the textbook d₁ (Hull, 10th ed., §15.8)."""
    S, K, T, vol, r, q = F(S), F(K), F(T), F(vol), F(r), F(q)
    d1 = (mp.log(S / K) + (r - q + vol ** 2 / 2) * T) / (vol * mp.sqrt(T))
    delta = mp.exp(-q * T) * (mp.ncdf(d1) if call else -mp.ncdf(-d1))
    return 1 + abs(S * delta / v)


# Black–Scholes–Merton grid: deep in and out of the money, one minute (1/(252·390) year) to five
# years, evaluated at 80 digits so the cancelling difference is exact to 25.
bs_cases = []
bs_kappa = []  # parallel to bs_cases
with mp.workdps(80):
    for K in (20, 50, 80, 95, 99.5, 100, 100.5, 105, 120, 200, 500):
        for T in (1 / (252 * 390), 1 / 252, 5 / 252, 0.25, 1.0, 5.0):
            for vol in (0.05, 0.2, 0.6):
                for call in (True, False):
                    v = bs(call, 100, K, T, vol, 0.05, 0.02)
                    if v > F(10) ** -280:
                        bs_cases.append(['call' if call else 'put', 100, K, T, vol, 0.05, 0.02, mp.nstr(v, 25)])
                        bs_kappa.append(mp.nstr(bs_condition(call, 100, K, T, vol, 0.05, 0.02, v), 6))

# Historical volatility: sample standard deviation (n − 1) of log returns × √252, at 50 digits.
def hist_vol(prices, year_days=252):
    r = [mp.log(F(b) / F(a)) for a, b in zip(prices, prices[1:])]
    m = sum(r) / len(r)
    return mp.sqrt(sum((x - m) ** 2 for x in r) / (len(r) - 1) * year_days)


hist_cases = []
for series in ([100, 102, 101, 104, 103], [50.5, 50.7, 50.2, 51.9, 53.0, 52.1, 52.2, 54.8, 55.0, 53.3],
               [100, 100.01, 99.99, 100.02, 100.0, 99.97, 100.05], [10, 20, 5, 40, 2.5]):
    hist_cases.append([series, mp.nstr(hist_vol(series), 25)])

# Value at risk under GBM: V·(1 − exp((μ − σ²/2)T + σ√T·Φ⁻¹(1 − c))).
var_cases = []
for V, vol, days, c, mu in [(100000, 0.45, 10, 0.99, 0.0), (1e6, 0.2, 1, 0.95, 0.0), (5e5, 0.3, 20, 0.975, 0.08), (1000, 0.01, 1, 0.999999, 0.0)]:
    T = F(days) / 252
    z = -mp.sqrt(2) * mp.erfinv(2 * F(c) - 1)  # Φ⁻¹(1 − c)
    var_cases.append([V, vol, days, c, mu, mp.nstr(F(V) * (1 - mp.exp((F(mu) - F(vol) ** 2 / 2) * T + F(vol) * mp.sqrt(T) * z)), 25)])

# Leverage drag 1 − exp(−(L² − L)σ²T/2) (Avellaneda & Zhang 2010), including tiny drags.
lev_cases = []
for L, vol, days in [(3, 0.6, 20), (2, 0.2, 252), (-1, 0.3, 60), (0.5, 0.2, 252), (2, 0.001, 1), (-3, 0.8, 5)]:
    T = F(days) / 252
    lev_cases.append([L, vol, days, mp.nstr(1 - mp.exp(-(F(L) ** 2 - L) * F(vol) ** 2 * T / 2), 25)])

# The same grid without dividends, for peers that have no yield: price, delta and vega (per point).
bs_q0 = []
with mp.workdps(80):
    for K in (50, 80, 95, 100, 105, 120, 200):
        for T in (1 / 252, 5 / 252, 0.25, 1.0, 3.0):
            for vol in (0.1, 0.3, 0.8):
                for call in (True, False):
                    Sm, Km, Tm, vm_, rm = F(100), F(K), F(T), F(vol), F(0.05)
                    s = vm_ * mp.sqrt(Tm)
                    d1 = (mp.log(Sm / Km) + (rm + vm_ ** 2 / 2) * Tm) / s
                    delta = mp.ncdf(d1) if call else mp.ncdf(d1) - 1
                    vega = Sm * mp.npdf(d1) * mp.sqrt(Tm) / 100
                    v = bs(call, 100, K, T, vol, 0.05, 0)
                    if v > F(10) ** -280:
                        bs_q0.append(['call' if call else 'put', 100, K, T, vol, 0.05, mp.nstr(v, 25), mp.nstr(delta, 25), mp.nstr(vega, 25)])

# CALL_SPREAD and PUT_HEDGE rows (T in years, as the kernels take it). Inputs are the binary doubles
# the kernel receives. Spread: debit c(low) − c(high), max profit (high − low) − debit, breakeven
# low + debit, P(S_T > breakeven) = N(d₂) with the breakeven as strike. Hedge: put p, p/S, S − K + p, S + p.
# The first rows are the catalog's examples CALL_SPREAD(180, 180, 200, 20, 0.45, 0.04) and
# PUT_HEDGE(180, 160, 20, 0.45, 0.04) at year_days 252, then the same with a dividend yield.
def d2_of(S, K, T, vol, r, q):
    return (mp.log(S / K) + (r - q - vol ** 2 / 2) * T) / (vol * mp.sqrt(T))


def call_spread(S, lo, hi, T, vol, r, q):
    S, lo, hi, T, vol, r, q = (F(x) for x in (S, lo, hi, T, vol, r, q))
    debit = bs(True, S, lo, T, vol, r, q) - bs(True, S, hi, T, vol, r, q)
    be = lo + debit
    return [debit, hi - lo - debit, be, mp.ncdf(d2_of(S, be, T, vol, r, q))]


def put_hedge(S, K, T, vol, r, q):
    S, K, T, vol, r, q = (F(x) for x in (S, K, T, vol, r, q))
    p = bs(False, S, K, T, vol, r, q)
    return [p, p / S, S - K + p, S + p]


def black(call, S, K, T, vol, r, q):
    """QuantLib's BlackCalculator (the calculator inside AnalyticEuropeanEngine) on the forward."""
    payoff = ql.PlainVanillaPayoff(ql.Option.Call if call else ql.Option.Put, K)
    return ql.BlackCalculator(payoff, S * math.exp((r - q) * T), vol * math.sqrt(T), math.exp(-r * T))


def agree(ours, theirs, rel, what):
    """QuantLib computes in doubles: far out of the money its difference of two small calls keeps ~10
    digits, so the cross-check is at 1e-9; the 80-digit mpmath values are the reference."""
    for a, b in zip(ours, theirs):
        assert abs(float(a) - b) <= rel * abs(float(a)), (what, float(a), b)


def analytic_european(call, S, K, vol, r, q):
    """QuantLib AnalyticEuropeanEngine for a one-year option (365 days, Actual/365 Fixed: T = 1 exactly)."""
    today = ql.Date(2, 1, 2023)
    ql.Settings.instance().evaluationDate = today
    dc = ql.Actual365Fixed()
    process = ql.BlackScholesMertonProcess(
        ql.QuoteHandle(ql.SimpleQuote(S)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, q, dc, ql.Continuous)),
        ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc, ql.Continuous)),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), vol, dc)))
    option = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Call if call else ql.Option.Put, K), ql.EuropeanExercise(today + 365))
    option.setPricingEngine(ql.AnalyticEuropeanEngine(process))
    return option.NPV()


spread_cases = []
hedge_cases = []
with mp.workdps(80):
    for S, lo, hi, T, vol, r, q in [
        (180, 180, 200, 20 / 252, 0.45, 0.04, 0.0), (180, 180, 200, 20 / 252, 0.45, 0.04, 0.015),
        (100, 95, 105, 0.25, 0.2, 0.05, 0.02), (100, 100, 120, 1.0, 0.3, 0.03, 0.01), (50, 40, 45, 0.5, 0.6, 0.02, 0.0),
        (100, 130, 150, 5 / 252, 0.4, 0.05, 0.0), (250, 240, 260, 60 / 252, 0.35, 0.045, 0.03), (100, 100, 101, 1 / 252, 0.25, 0.05, 0.0),
    ]:
        row = call_spread(S, lo, hi, T, vol, r, q)
        lo_c, hi_c = black(True, S, lo, T, vol, r, q), black(True, S, hi, T, vol, r, q)
        debit = lo_c.value() - hi_c.value()
        agree(row, [debit, hi - lo - debit, lo + debit, black(True, S, lo + debit, T, vol, r, q).itmCashProbability()], 1e-9, 'spread')
        if T == 1.0:
            agree(row[:1], [analytic_european(True, S, lo, vol, r, q) - analytic_european(True, S, hi, vol, r, q)], 1e-9, 'engine')
        spread_cases.append([S, lo, hi, T, vol, r, q] + [mp.nstr(x, 25) for x in row])
    for S, K, T, vol, r, q in [
        (180, 160, 20 / 252, 0.45, 0.04, 0.0), (180, 160, 20 / 252, 0.45, 0.04, 0.02), (100, 95, 0.25, 0.2, 0.05, 0.02),
        (100, 100, 1.0, 0.3, 0.03, 0.01), (100, 80, 5 / 252, 0.5, 0.05, 0.0), (100, 120, 0.5, 0.25, 0.04, 0.06),
    ]:
        row = put_hedge(S, K, T, vol, r, q)
        p = black(False, S, K, T, vol, r, q).value()
        agree(row, [p, p / S, S - K + p, S + p], 1e-9, 'hedge')
        if T == 1.0:
            agree(row[:1], [analytic_european(False, S, K, vol, r, q)], 1e-9, 'engine')
        hedge_cases.append([S, K, T, vol, r, q] + [mp.nstr(x, 25) for x in row])

out = {
    "source": "mpmath %s at 50 digits, straight from the defining formulas; option rows cross-checked with QuantLib %s (see kernels.py)" % (mp.__version__, ql.__version__),
    "scenario_prob": scen_cases,
    "dcf_value": dcf_cases,
    "bs_price": bs_cases,
    "bs_price_q0": bs_q0,
    "hist_vol": hist_cases,
    "value_at_risk": var_cases,
    "leverage_drag": lev_cases,
    "bs_price_kappa": bs_kappa,
    "call_spread": spread_cases,
    "put_hedge": hedge_cases,
}
json.dump(out, open(__file__.replace('.py', '.json'), 'w'), indent=1)
