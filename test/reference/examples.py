"""Independent values for every worked example in the function catalog (shared/catalog/*.ts,
`examples`), one entry per example in catalog order. Nothing here shares code with the TypeScript:
each result is recomputed from its defining formula

- with mpmath at 50 significant digits (normal CDF / quantile, exp, log, root finding),
- with exact rational arithmetic (Python's fractions) wherever the result is a rational function of
  the inputs (sizing, Kelly, scenario sums, Bayes' rule, DCF sums, drawdown), and
- cross-checked, for the option values, against QuantLib's BlackCalculator (the calculator inside
  AnalyticEuropeanEngine) and its normal-probability helpers, and for the touch probability against
  a 50-digit quadrature of the first-passage-time density.

Conventions, as in the catalog: arguments are in catalog parameter order; omitted trailing
arguments take the catalog defaults; `days` are trading days and T = days / year_days years with
year_days = 252. Inputs are taken as the decimals written in the example (0.1 is one tenth, not the
nearest double), so an exact result such as 13/29 is exact.

Regenerate: /usr/bin/python3 test/reference/examples.py   (writes examples.json beside this file)
"""
import json
import math
from fractions import Fraction as Q

import mpmath as mp
import QuantLib as ql

mp.mp.dps = 50
YEAR_DAYS = 252
HERE = 'test/reference/examples.py'


def D(x):
    """The decimal the example writes, as a 50-digit mpf (not the nearest binary double)."""
    return mp.mpf(str(x))


def R(x):
    """The decimal the example writes, as an exact rational."""
    return Q(str(x))


def years(days):
    return D(days) / YEAR_DAYS


def digits(x):
    """50 significant digits of an mpf or a Fraction; exact integers are written as integers."""
    if isinstance(x, Q):
        if x.denominator == 1:
            return str(x.numerator)
        x = mp.mpf(x.numerator) / x.denominator
    return mp.nstr(x, 50, min_fixed=-30, max_fixed=30)


def exact(x):
    return str(x) if isinstance(x, Q) else None


# ---------------------------------------------------------------------------------------------
# Formulas, each written from its textbook statement.

BSM = "Black–Scholes–Merton (Hull, Options, Futures, and Other Derivatives, 10th ed., §15.8, eqs. 15.20–15.21; dividend yield q as in Merton 1973)"


def bsm(call, S, K, T, vol, r, q):
    """c = S e^{−qT} N(d1) − K e^{−rT} N(d2), p = K e^{−rT} N(−d2) − S e^{−qT} N(−d1),
    d1 = (ln(S/K) + (r − q + σ²/2)T)/(σ√T), d2 = d1 − σ√T."""
    d1 = (mp.log(S / K) + (r - q + vol**2 / 2) * T) / (vol * mp.sqrt(T))
    d2 = d1 - vol * mp.sqrt(T)
    if call:
        return S * mp.exp(-q * T) * mp.ncdf(d1) - K * mp.exp(-r * T) * mp.ncdf(d2)
    return K * mp.exp(-r * T) * mp.ncdf(-d2) - S * mp.exp(-q * T) * mp.ncdf(-d1)


def bsm_d(S, K, T, vol, r, q):
    d1 = (mp.log(S / K) + (r - q + vol**2 / 2) * T) / (vol * mp.sqrt(T))
    return d1, d1 - vol * mp.sqrt(T)


def ql_black(call, S, K, T, vol, r, q):
    """QuantLib 1.29 BlackCalculator on the forward S e^{(r−q)T}, std dev σ√T, discount e^{−rT}."""
    S, K, T, vol, r, q = (float(v) for v in (S, K, T, vol, r, q))
    payoff = ql.PlainVanillaPayoff(ql.Option.Call if call else ql.Option.Put, K)
    return ql.BlackCalculator(payoff, S * math.exp((r - q) * T), vol * math.sqrt(T), math.exp(-r * T))


# American exercise: QuantLib's QdFpAmericanEngine (Andersen, Lake & Offengenden 2016). QuantLib's
# term structures count whole days on Actual/365, so an option of T years is priced as the one-year
# option with σ√T, rT and qT (its price depends on T only through σ²T, rT and qT: exact).
QL_TODAY = ql.Date(15, ql.January, 2024)
ql.Settings.instance().evaluationDate = QL_TODAY
QL_FINER = ql.QdFpTanhSinhIterationScheme(30, 96, 1e-14)
QL_AM = (f'QuantLib {ql.__version__} QdFpAmericanEngine, tanh-sinh fixed-point scheme (30 steps, 96 nodes, eps 1e-14; '
         'finer than its highPrecisionScheme, see test/reference/american.py), T scaled to one year via σ√T, rT, qT')


def ql_american(call, S, K, T, vol, r, q, scheme=QL_FINER):
    S, K, T, vol, r, q = (float(v) for v in (S, K, T, vol, r, q))
    dc = ql.Actual365Fixed()
    curve = lambda x: ql.YieldTermStructureHandle(ql.FlatForward(QL_TODAY, x, dc))
    process = ql.BlackScholesMertonProcess(
        ql.QuoteHandle(ql.SimpleQuote(S)), curve(q * T), curve(r * T),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(QL_TODAY, ql.NullCalendar(), vol * math.sqrt(T), dc)))
    opt = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Call if call else ql.Option.Put, K),
                           ql.AmericanExercise(QL_TODAY, QL_TODAY + 365))
    opt.setPricingEngine(ql.QdFpAmericanEngine(process, scheme))
    return opt.NPV()


def F(x):
    """A double from QuantLib, as an mpf (its 17 significant digits are all it has)."""
    return mp.mpf(repr(x))


def check(name, ours, theirs, rel):
    ours = float(ours)
    err = abs(ours - theirs) / max(abs(ours), 1e-300)
    assert err <= rel, f'{name}: mpmath {ours!r} vs cross-check {theirs!r} (rel {err:.2e} > {rel})'


def gbm_end(S, K, T, vol, mu):
    """P(S_T ≥ K) (K ≥ S) or P(S_T ≤ K) (K < S): ln S_T ~ N(ln S + (μ − σ²/2)T, σ²T) (Hull 10th ed., eq. 15.3)."""
    m = (mu - vol**2 / 2) * T
    z = (mp.log(K / S) - m) / (vol * mp.sqrt(T))
    return 1 - mp.ncdf(z) if K >= S else mp.ncdf(z)


def gbm_touch(S, K, T, vol, mu):
    """First passage of X_t = νt + σW_t (ν = μ − σ²/2) to b = ln(K/S) by T: for b > 0,
    P(max X ≥ b) = Φ((νT − b)/(σ√T)) + e^{2νb/σ²} Φ((−b − νT)/(σ√T)) (Shreve, Stochastic Calculus for
    Finance II, 2004, §7.2; Karatzas & Shreve, Brownian Motion and Stochastic Calculus, §3.5.C);
    b < 0 by the reflection X → −X."""
    nu = mu - vol**2 / 2
    b = mp.log(K / S)
    if b < 0:
        nu, b = -nu, -b
    s = vol * mp.sqrt(T)
    return mp.ncdf((nu * T - b) / s) + mp.exp(2 * nu * b / vol**2) * mp.ncdf((-b - nu * T) / s)


def first_passage_quadrature(S, K, T, vol, mu):
    """∫_0^T of the inverse-Gaussian first-passage density b/(σ√(2π t³)) e^{−(b − νt)²/(2σ²t)}."""
    nu = mu - vol**2 / 2
    b = mp.log(K / S)
    if b < 0:
        nu, b = -nu, -b
    dens = lambda t: b / (vol * mp.sqrt(2 * mp.pi * t**3)) * mp.exp(-((b - nu * t) ** 2) / (2 * vol**2 * t))
    return mp.quad(dens, mp.linspace(0, T, 9))


def dcf_exact(cf, g, r, n, gt):
    """Two-stage DCF, end-of-year: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+gT)/((r − gT)(1+r)^n)."""
    stage1 = sum(cf * (1 + g) ** t / (1 + r) ** t for t in range(1, n + 1))
    return stage1 + cf * (1 + g) ** n * (1 + gt) / ((r - gt) * (1 + r) ** n)


def dcf_mp(cf, g, r, n, gt):
    stage1 = mp.fsum(cf * (1 + g) ** t / (1 + r) ** t for t in range(1, n + 1))
    return stage1 + cf * (1 + g) ** n * (1 + gt) / ((r - gt) * (1 + r) ** n)


# ---------------------------------------------------------------------------------------------
# The examples, in catalog order. Each returns (value, source) where value is an mpf, a Fraction,
# or a table (list of rows) of them.

examples = {}


def add(name, args, value, source):
    examples.setdefault(name, []).append((args, value, source))


# SCENARIO_PROB(spot, target, days, vol, drift = 0, mode = "end", year_days = 252)
for args in ([100, 110, 20, 0.3], [100, 110, 20, 0.3, 0, 'touch']):
    S, K, days, vol = (D(a) for a in args[:4])
    mu = D(args[4]) if len(args) > 4 else mp.mpf(0)
    mode = args[5] if len(args) > 5 else 'end'
    T = years(days)
    if mode == 'end':
        v = gbm_end(S, K, T, vol, mu)
        # QuantLib: N(d2) of a cash-or-nothing call on the forward S e^{μT} = P(S_T > K) under drift μ.
        check('SCENARIO_PROB end', v, ql.blackFormulaCashItmProbability(ql.Option.Call, float(K), float(S * mp.exp(mu * T)), float(vol * mp.sqrt(T))), 1e-14)
        src = f'mpmath 50-digit P(S_T ≥ target) for geometric Brownian motion, Φ((ln(S/K) + (μ − σ²/2)T)/(σ√T)) with T = days/252 (Hull, 10th ed., eq. 15.3, the lognormal S_T); cross-checked with QuantLib {ql.__version__} blackFormulaCashItmProbability; {HERE}'
    else:
        v = gbm_touch(S, K, T, vol, mu)
        qv = first_passage_quadrature(S, K, T, vol, mu)
        assert abs(v - qv) < mp.mpf(10) ** -40, (v, qv)
        src = f'mpmath 50-digit first-passage probability of Brownian motion with drift, Φ(z₁) + e^{{2νb/σ²}}Φ(z₂) with T = days/252 (Shreve, Stochastic Calculus for Finance II, 2004, §7.2, maximum of Brownian motion with drift; Karatzas & Shreve, Brownian Motion and Stochastic Calculus, §3.5.C); cross-checked to 40 digits by quadrature of the inverse-Gaussian first-passage density; {HERE}'
    add('SCENARIO_PROB', args, v, src)

# SCENARIO_EV(probabilities, outcomes, stat = "mean")
P = [R('0.65'), R('0.25'), R('0.1')]
O = [R('0.12'), R('-0.05'), R('-0.2')]
col = lambda xs: [[float(x)] for x in xs]
# mean = 0.65·0.12 − 0.25·0.05 − 0.1·0.2 = 0.078 − 0.0125 − 0.02 = 0.0455 = 91/2000
add('SCENARIO_EV', [col(P), col(O), 'mean'], sum(p * o for p, o in zip(P, O)),
    f'exact rational arithmetic (Python fractions): Σ pᵢ·oᵢ = 0.65·0.12 − 0.25·0.05 − 0.1·0.2 = 91/2000; {HERE}')
# p_loss = P(outcome < 0) = 0.25 + 0.1
add('SCENARIO_EV', [col(P), col(O), 'p_loss'], sum(p for p, o in zip(P, O) if o < 0),
    f'exact rational arithmetic (Python fractions): Σ pᵢ over outcomes below 0 = 0.25 + 0.1 = 7/20; {HERE}')

# SCENARIO_BAYES(priors, likelihoods): posterior_i = prior_i·L_i / Σ prior_j·L_j
# joint = 0.195, 0.15, 0.09; evidence 0.435; posteriors 195/435 = 13/29, 150/435 = 10/29, 90/435 = 6/29.
L = [R('0.3'), R('0.6'), R('0.9')]
joint = [p * l for p, l in zip(P, L)]
add('SCENARIO_BAYES', [col(P), col(L)], [[j / sum(joint)] for j in joint],
    f"exact rational arithmetic (Python fractions), Bayes' rule pᵢLᵢ/ΣpⱼLⱼ = 13/29, 10/29, 6/29; {HERE}")

# IMPLIED_PROB(low_strike, high_strike, low_call, high_call, days = 0, rate = 0, year_days = 252):
# (low_call − high_call)/((high − low)e^{−rT}); with T = 0 the discount factor is exactly 1.
add('IMPLIED_PROB', [100, 110, 6.5, 2.9], (R('6.5') - R('2.9')) / (110 - 100),
    f'exact rational arithmetic (Python fractions): a call spread pays the strike gap when S_T > high, so its undiscounted price / gap is the risk-neutral probability (Breeden & Litzenberger 1978): (6.5 − 2.9)/10 = 9/25; {HERE}')


# POSITION_SIZE(account, risk_pct, entry, stop, max_weight = 1, lot_size = 1)
def position_size(account, risk, entry, stop, max_weight=1, lot=1):
    account, risk, entry, stop, max_weight, lot = (R(x) for x in (account, risk, entry, stop, max_weight, lot))
    by_risk = account * risk / abs(entry - stop)  # 2000/9 = 222.2…
    by_value = account * max_weight / entry  # 100000/180 = 555.5…, or 25000/180 = 138.8…
    lots = min(by_risk, by_value) / lot
    sign = 1 if stop < entry else -1  # signed: buy below-entry stops, sell short above-entry stops
    return sign * Q(lots.numerator // lots.denominator) * lot


POSITION_SIZE_WORKINGS = {
    4: '⌊min(2000/9, 100000/180)⌋ = 222; ',
    6: '10·⌊min(2000/9, 25000/180)/10⌋ = 10·⌊13.88…⌋ = 130; ',
    'short': 'stop above entry, a short: −⌊min(2000/10, 100000/180)⌋ = −200; ',
}
for args in ([100000, 0.02, 180, 171], [100000, 0.02, 180, 171, 0.25, 10], [100000, 0.02, 180, 190]):
    add('POSITION_SIZE', args, position_size(*args),
        f'exact rational arithmetic (Python fractions): sign·lot·⌊min(account·risk_pct/|entry − stop|, account·max_weight/entry)/lot⌋, sign + for a stop below entry and − above (fixed-fractional risk sizing, capped by position value, as the catalog defines it): '
        + POSITION_SIZE_WORKINGS['short' if args[3] > args[2] else len(args)] + HERE)


# KELLY(win_prob, win_return, loss_return, fraction = 1): maximizing p·ln(1 + f·b) + (1 − p)·ln(1 − f·a)
# gives p·b/(1 + f b) = (1 − p)·a/(1 − f a), i.e. f* = p/a − (1 − p)/b (Kelly 1956); times fraction, ≥ 0.
def kelly(p, b, a, frac=1):
    p, b, a, frac = R(p), R(b), R(a), R(frac)
    return frac * max(Q(0), p / a - (1 - p) / b)


for args in ([0.65, 0.2, 0.1], [0.55, 0.1, 0.1, 0.5]):
    add('KELLY', args, kelly(*args),
        f'exact rational arithmetic (Python fractions): fraction·max(0, p/loss − (1 − p)/win), the maximizer of E ln(1 + f·X) for a two-outcome trade (Kelly, Bell System Technical Journal 35, 1956; Thorp, The Kelly criterion in blackjack, sports betting and the stock market, 2006): '
        + ('0.65/0.1 − 0.35/0.2 = 19/4; ' if len(args) == 3 else '0.5·(0.55/0.1 − 0.45/0.1) = 1/2; ') + HERE)

# SCALE_IN(total_shares, tranches, first_price, last_price, weighting = "equal")
# Equal weights: 100 = 3·33 + 1; the one leftover share goes to the first tranche (largest remainder,
# ties to the earliest): 34, 33, 33. Prices evenly spaced 180, 170, 160. Average cost:
# 180; (34·180 + 33·170)/67 = 11730/67; (11730 + 33·160)/100 = 17010/100 = 1701/10.
prices, shares = [Q(180), Q(170), Q(160)], [34, 33, 33]
assert sum(shares) == 100 and max(shares) - min(shares) <= 1
rows, cum, cost = [], 0, Q(0)
for pr, sh in zip(prices, shares):
    cum += sh
    cost += sh * pr
    rows.append([pr, Q(sh), Q(cum), cost / cum])
add('SCALE_IN', [100, 3, 180, 160], rows,
    f'hand derivation in exact rational arithmetic (Python fractions): shares 34/33/33 (100 split equally by largest remainder, the leftover share to the first tranche), prices 180/170/160, average cost = cumulative cost / cumulative shares = 180, 11730/67, 1701/10; {HERE}')

# DCF_VALUE(cash_flow, growth, discount, years = 5, terminal_growth = 0.025)
DCF_SRC = 'exact rational arithmetic (Python fractions), term by term: Σ_{t=1..n} CF(1+g)^t/(1+r)^t + CF(1+g)^n(1+g_T)/((r − g_T)(1+r)^n), the two-stage DCF with a Gordon-growth terminal value (Gordon, Review of Economics and Statistics 41, 1959)'
for args in ([100, 0.1, 0.09, 5, 0.025], [100, 0.05, 0.08, 0]):
    cf, g, r = R(args[0]), R(args[1]), R(args[2])
    n = args[3] if len(args) > 3 else 5
    gt = R(args[4]) if len(args) > 4 else R('0.025')
    add('DCF_VALUE', args, dcf_exact(cf, g, r, n, gt), f'{DCF_SRC}; {HERE}')

# DCF_REPRICE(price, old_growth, new_growth, old_discount, new_discount, old_margin = 1, new_margin = 1,
#             years = 5, terminal_growth = 0.025): price × (new_margin·PV(new)) / (old_margin·PV(old))
for args in ([180, 0.15, 0.2, 0.09, 0.09], [180, 0.15, 0.15, 0.09, 0.1]):
    price, og, ng, od, nd = (R(a) for a in args)
    v = price * dcf_exact(Q(1), ng, nd, 5, R('0.025')) / dcf_exact(Q(1), og, od, 5, R('0.025'))
    add('DCF_REPRICE', args, v, f'{DCF_SRC}; price × PV(new)/PV(old) with margins 1; {HERE}')

# IMPLIED_GROWTH(price, cash_flow, discount, years = 5, terminal_growth = 0.025): the root g of
# DCF(cash_flow, g, discount, years, terminal_growth) = price.
args = [2164.5294616, 100, 0.09]
target, cf, r = D(args[0]), D(args[1]), D(args[2])
g = mp.findroot(lambda g: dcf_mp(cf, g, r, 5, D('0.025')) - target, D('0.1'))
assert abs(dcf_mp(cf, g, r, 5, D('0.025')) - target) < mp.mpf(10) ** -45
add('IMPLIED_GROWTH', args, g,
    f'mpmath 50-digit root (findroot) of the term-by-term two-stage DCF sum = price (Gordon-growth terminal value, years 5, terminal growth 0.025); {HERE}')

# PE_REPRICE(price, old_eps, new_eps, new_pe = price/old_eps)
add('PE_REPRICE', [180, 4, 5], R(5) * (R(180) / R(4)), f'exact rational arithmetic (Python fractions): new_eps × price/old_eps = 5 × 45; {HERE}')
add('PE_REPRICE', [180, 4, 5, 40], R(5) * R(40), f'exact rational arithmetic (Python fractions): new_eps × new_pe = 5 × 40; {HERE}')


# BS_PRICE(type, spot, strike, days, vol, rate = 0, yield = 0, year_days = 252)
def option_args(args):
    S, K, days, vol = (D(a) for a in args[:4])
    r = D(args[4]) if len(args) > 4 else mp.mpf(0)
    q = D(args[5]) if len(args) > 5 else mp.mpf(0)
    return S, K, years(days), vol, r, q


QL_SRC = f'cross-checked with QuantLib {ql.__version__} BlackCalculator (the calculator of AnalyticEuropeanEngine)'
for args in (['call', 100, 100, 252, 0.2, 0.05], ['put', 180, 160, 20, 0.45, 0.04]):
    S, K, T, vol, r, q = option_args(args[1:])
    v = bsm(args[0] == 'call', S, K, T, vol, r, q)
    check('BS_PRICE', v, ql_black(args[0] == 'call', S, K, T, vol, r, q).value(), 1e-13)
    add('BS_PRICE', args, v, f'mpmath 50-digit {BSM}, T = days/252; {QL_SRC}; {HERE}')

# The worked value (#11): QuantLib's highPrecisionScheme gives 9.870063954928904; the finer
# scheme below 9.870063949925212 (the catalog documents the former, within its tolerance 1e-8).
args = ['put', 100, 100, 252, 0.3, 0.05, 0, 252, 'american']
S, K, T, vol, r, q = option_args(args[1:7])
am = ql_american(False, S, K, T, vol, r, q)
check('BS_PRICE american vs highPrecisionScheme', am, ql_american(False, S, K, T, vol, r, q, ql.QdFpAmericanEngine.highPrecisionScheme()), 1e-8)
add('BS_PRICE', args, F(am), f'{QL_AM}; T = days/252; {HERE}')

# BS_GREEK(greek, type, spot, strike, days, vol, rate = 0, yield = 0, year_days = 252)
# delta (call) = e^{−qT}N(d1); theta (call) = −S e^{−qT}N'(d1)σ/(2√T) − rKe^{−rT}N(d2) + qSe^{−qT}N(d1)
# per year, divided by year_days for the catalog's per-trading-day theta (Hull 10th ed., ch. 19).
for args in (['delta', 'call', 100, 100, 252, 0.2, 0.05], ['theta', 'call', 100, 100, 252, 0.2, 0.05]):
    S, K, T, vol, r, q = option_args(args[2:])
    d1, d2 = bsm_d(S, K, T, vol, r, q)
    calc = ql_black(True, S, K, T, vol, r, q)
    if args[0] == 'delta':
        v = mp.exp(-q * T) * mp.ncdf(d1)
        check('BS_GREEK delta', v, calc.delta(float(S)), 1e-13)
        src = f'mpmath 50-digit call delta e^{{−qT}}N(d₁) (Hull, 10th ed., ch. 19, Delta; {BSM}); {QL_SRC}; {HERE}'
    else:
        theta_year = (-S * mp.exp(-q * T) * mp.npdf(d1) * vol / (2 * mp.sqrt(T)) - r * K * mp.exp(-r * T) * mp.ncdf(d2)
                      + q * S * mp.exp(-q * T) * mp.ncdf(d1))
        v = theta_year / YEAR_DAYS
        check('BS_GREEK theta', theta_year, calc.theta(float(S), float(T)), 1e-12)
        src = f'mpmath 50-digit call theta per year −S e^{{−qT}}N′(d₁)σ/(2√T) − rKe^{{−rT}}N(d₂) + qSe^{{−qT}}N(d₁) (Hull, 10th ed., ch. 19, Theta), divided by year_days = 252 for the catalog\'s per-trading-day theta; {QL_SRC} (theta per year); {HERE}'
    add('BS_GREEK', args, v, src)

# IMPLIED_VOL(price, type, spot, strike, days, rate = 0, yield = 0, year_days = 252): the σ with BSM(σ) = price.
args = [10.450583572185565, 'call', 100, 100, 252, 0.05]
S, K, T, _, r, q = option_args([100, 100, 252, 0, 0.05])
price = D(args[0])
iv = mp.findroot(lambda s: bsm(True, S, K, T, s, r, q) - price, D('0.2'))
check('IMPLIED_VOL', iv, ql.blackFormulaImpliedStdDev(ql.Option.Call, 100.0, float(100 * mp.exp(r * T)), float(price / mp.exp(-r * T)), 1.0, 0.0, 0.2, 1e-14, 100) / float(mp.sqrt(T)), 1e-11)
add('IMPLIED_VOL', args, iv, f'mpmath 50-digit root (findroot) of {BSM} = price, T = days/252; cross-checked with QuantLib {ql.__version__} blackFormulaImpliedStdDev; {HERE}')

# American: the volatility at which QuantLib's American put price equals 9.870063949925212 (the
# BS_PRICE american reference), by the secant method on QuantLib's prices.
args = [9.870063949925212, 'put', 100, 100, 252, 0.05, 0, 252, 'american']
S, K, T, _, r, q = option_args([100, 100, 252, 0, 0.05])
f = lambda s: ql_american(False, S, K, T, s, r, q) - args[0]
a, b = 0.25, 0.35
for _ in range(30):
    fa, fb = f(a), f(b)
    if fb == fa:
        break
    a, b = b, b - fb * (b - a) / (fb - fa)
check('IMPLIED_VOL american', b, 0.3, 1e-9)
add('IMPLIED_VOL', args, F(b), f'root (secant) of {QL_AM} = price; T = days/252; {HERE}')

# CALL_SPREAD(spot, low_strike, high_strike, days, vol, rate = 0, yield = 0, year_days = 252):
# debit = c(low) − c(high); max profit = (high − low) − debit; breakeven = low + debit;
# P(S_T > breakeven) = N(d₂) at strike = breakeven (Hull 10th ed. §15.8: N(d₂) is the risk-neutral
# probability that the option is exercised).


def call_spread(S, lo, hi, T, vol, r, q):
    debit = bsm(True, S, lo, T, vol, r, q) - bsm(True, S, hi, T, vol, r, q)
    be = lo + debit
    return [debit, (hi - lo) - debit, be, mp.ncdf(bsm_d(S, be, T, vol, r, q)[1])]


def call_spread_ql(S, lo, hi, T, vol, r, q):
    debit = ql_black(True, S, lo, T, vol, r, q).value() - ql_black(True, S, hi, T, vol, r, q).value()
    be = float(lo) + debit
    return [debit, float(hi - lo) - debit, be, ql_black(True, S, be, T, vol, r, q).itmCashProbability()]


def put_hedge(S, K, T, vol, r, q):
    put = bsm(False, S, K, T, vol, r, q)
    return [put, put / S, S - K + put, S + put]


args = [180, 180, 200, 20, 0.45, 0.04]
S, lo, hi = D(180), D(180), D(200)
_, _, T, vol, r, q = option_args([180, 180, 20, 0.45, 0.04])
row = call_spread(S, lo, hi, T, vol, r, q)
for k, (a, b) in enumerate(zip(row, call_spread_ql(S, lo, hi, T, vol, r, q))):
    check(f'CALL_SPREAD[{k}]', a, b, 1e-12)
add('CALL_SPREAD', args, [row],
    f'mpmath 50-digit {BSM}: debit c(low) − c(high), max profit (high − low) − debit, breakeven low + debit, P(S_T > breakeven) = N(d₂) at the breakeven (Hull, 10th ed., §15.8), T = days/252; {QL_SRC}; {HERE}')

args = [180, 160, 20, 0.45, 0.04]
S, K, T, vol, r, q = option_args(args)
row = put_hedge(S, K, T, vol, r, q)
check('PUT_HEDGE', row[0], ql_black(False, S, K, T, vol, r, q).value(), 1e-13)
add('PUT_HEDGE', args, [row],
    f'mpmath 50-digit {BSM}: put p, p/spot, spot − strike + p, spot + p, T = days/252; {QL_SRC}; {HERE}')

# American: the column's hedge (US stock options are American): the same row with QuantLib's American put.
args = [180, 160, 20, 0.45, 0.04, 0, 252, 'american']
S, K, T, vol, r, q = option_args(args[:6])
put = F(ql_american(False, S, K, T, vol, r, q))
add('PUT_HEDGE', args, [[put, put / S, S - K + put, S + put]],
    f'{QL_AM}: put p, p/spot, spot − strike + p, spot + p, T = days/252; {HERE}')

# HIST_VOL(prices, year_days = 252): sample standard deviation (n − 1) of uᵢ = ln(Sᵢ/Sᵢ₋₁), × √252
# (Hull, 10th ed., §15.4, Estimating volatility from historical data).
series = [100, 102, 101, 104, 103]
u = [mp.log(D(b) / D(a)) for a, b in zip(series, series[1:])]
ubar = mp.fsum(u) / len(u)
hv = mp.sqrt(mp.fsum((x - ubar) ** 2 for x in u) / (len(u) - 1) * YEAR_DAYS)
add('HIST_VOL', [[[x] for x in series]], hv,
    f'mpmath 50-digit sample standard deviation (n − 1) of daily log returns × √252 (Hull, 10th ed., §15.4); {HERE}')

# MAX_DRAWDOWN(prices): running peaks 100, 120, 120, 120, 120, 130; falls from the peak
# 0, 0, −30/120, −10/120, −40/120, 0; the worst is −40/120 = −1/3 (peak 120, trough 80).
series = [100, 120, 90, 110, 80, 130]
peak, worst = Q(series[0]), Q(0)
for p in map(Q, series):
    peak = max(peak, p)
    worst = min(worst, (p - peak) / peak)
assert worst == Q(-1, 3)
add('MAX_DRAWDOWN', [[[x] for x in series]], worst,
    f'hand derivation, exact rational arithmetic (Python fractions): peak 120, trough 80, (80 − 120)/120 = −1/3; {HERE}')

# LEVERAGE_DRAG(leverage, vol, days, year_days = 252): 1 − exp(−(L² − L)σ²T/2)
Lv, vol, T = D(3), D(0.6), years(20)
add('LEVERAGE_DRAG', [3, 0.6, 20], 1 - mp.exp(-(Lv**2 - Lv) * vol**2 * T / 2),
    f'mpmath 50-digit 1 − exp(−(L² − L)σ²T/2), T = days/252 (Avellaneda & Zhang, Path-dependence of leveraged ETF returns, SIAM J. Financial Math. 1, 2010, 586–603); {HERE}')

# VALUE_AT_RISK(value, vol, days, confidence = 0.95, drift = 0, year_days = 252):
# the (1 − c) quantile of the lognormal position value: V·(1 − exp((μ − σ²/2)T + σ√T·Φ⁻¹(1 − c))).
V, vol, T, c, mu = D(100000), D(0.45), years(10), D(0.99), mp.mpf(0)
z = -mp.sqrt(2) * mp.erfinv(2 * c - 1)  # Φ⁻¹(1 − c) = −√2·erfinv(2c − 1)
assert abs(mp.ncdf(z) - (1 - c)) < mp.mpf(10) ** -45
check('VALUE_AT_RISK z', z, ql.InverseCumulativeNormal()(float(1 - c)), 1e-9)  # QuantLib's is Acklam's rational approximation, ~1e-9
add('VALUE_AT_RISK', [100000, 0.45, 10, 0.99], V * (1 - mp.exp((mu - vol**2 / 2) * T + vol * mp.sqrt(T) * z)),
    f'mpmath 50-digit V·(1 − exp((μ − σ²/2)T + σ√T·Φ⁻¹(1 − c))), the 1 − c quantile of the lognormal position value under geometric Brownian motion (Hull, 10th ed., eq. 15.3), T = days/252; {HERE}')


# ---------------------------------------------------------------------------------------------
# Trade planner (issue #10). X_t = ln(S_t/S_0) = νt + σW_t with ν = μ − σ²/2 (μ the arithmetic drift);
# the trade's levels are x = −a (the lower) and x = b (the upper), w = a + b. Two independent routes:
# (1) the eigenfunction (Fourier sine) series in closed form; (2) the method-of-images killed density,
# integrated by mpmath.quad, with the split between the two levels from optional stopping.
TRADE_SINES = "the eigenfunction (Fourier sine) series of the killed density (Hui, One-touch double barrier binary option values, Applied Financial Economics 6, 1996; Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., §4.19.5)"
TRADE_IMAGES = "the method-of-images killed density (Karatzas & Shreve, Brownian Motion and Stochastic Calculus, 2nd ed., §2.8) integrated by mpmath.quad, the split between the levels by optional stopping of the scale-function martingale e^{−2νX/σ²}"


def trade_strip(spot, target, stop):
    up, down = max(target, stop), min(target, stop)
    return mp.log(spot / down), mp.log(up / spot), up, down  # a, b, upper level, lower level


def strip_sines(a, b, T, vol, nu):
    """[P(up first by T), P(down first by T), P(neither)]: gambler's-ruin split at T = ∞ (scale function
    e^{−2νx/σ²}) less the flux through each level after T. Mode n of the killed density decays at
    λ_n = (nπσ/w)²/2 + ν²/(2σ²); its flux through x = b is (σ²/2)(2/w)(nπ/w)(−1)^{n+1} sin(nπa/w) e^{νb/σ²},
    through x = −a the same without (−1)^{n+1} and with e^{−νa/σ²}; ∫_T^∞ e^{−λ_n t} dt = e^{−λ_n T}/λ_n."""
    with mp.workdps(mp.mp.dps + 30):
        w = a + b
        k = nu / vol**2
        n_max = int(mp.sqrt(2 * 150 / (mp.pi**2 * vol**2 * T / w**2))) + 3
        up_tail = down_tail = mp.mpf(0)
        for n in range(1, n_max + 1):
            lam = (n * mp.pi * vol / w) ** 2 / 2 + nu**2 / (2 * vol**2)
            c = vol**2 / w * (n * mp.pi / w) * mp.sin(n * mp.pi * a / w) * mp.exp(-lam * T) / lam
            up_tail += (-1) ** (n + 1) * c * mp.exp(k * b)
            down_tail += c * mp.exp(-k * a)
        up_inf = a / w if nu == 0 else mp.expm1(-2 * k * a) / mp.expm1(-2 * k * w)
        return [up_inf - up_tail, (1 - up_inf) - down_tail, up_tail + down_tail]


def killed_density(a, b, T, vol, nu):
    """Density of X_T on (−a, b) over the paths that touched neither level: the images of the start 0 at
    2jw (+) and 2jw − 2a (−) of the driftless Gaussian N(0, σ²T), times the Girsanov factor e^{νx/σ² − ν²T/(2σ²)}."""
    w = a + b
    s = vol * mp.sqrt(T)
    J = int(mp.sqrt(vol**2 * T / w**2 * 300)) + 3
    g = lambda x: mp.exp(-x * x / (2 * s * s)) / (s * mp.sqrt(2 * mp.pi))
    return lambda x: mp.exp(nu * x / vol**2 - nu**2 * T / (2 * vol**2)) * mp.fsum(g(x - 2 * j * w) - g(x - 2 * j * w + 2 * a) for j in range(-J, J + 1))


def strip_integral(a, b, T, vol, nu, f):
    """∫ f(x)·(killed density) over (−a, b), split where the Gaussian sits."""
    p = killed_density(a, b, T, vol, nu)
    s = vol * mp.sqrt(T)
    cuts = sorted({-a, b} | {c for c in (nu * T + k * s for k in (-8, -3, 0, 3, 8)) if -a < c < b})
    return mp.quad(lambda x: f(x) * p(x), cuts)


def strip_images(a, b, T, vol, nu):
    """The same three by route (2): N0 = P(neither) = ∫ p; M = e^{−2νX/σ²} (or X when ν = 0) is a martingale,
    so E[M at exit or T] = M_0 gives the second equation for P(up first) and P(down first)."""
    w = a + b
    k = nu / vol**2
    n0 = strip_integral(a, b, T, vol, nu, lambda x: 1)
    if nu == 0:
        mx = strip_integral(a, b, T, vol, nu, lambda x: x)
        pu = (a * (1 - n0) - mx) / w  # b·P_up − a·P_down + E[X_T; neither] = 0
    else:
        n1 = strip_integral(a, b, T, vol, nu, lambda x: mp.exp(-2 * k * x))
        pu = ((1 - n1) - (1 - n0) * mp.exp(2 * k * a)) / (mp.exp(-2 * k * b) - mp.exp(2 * k * a))
    return [pu, 1 - n0 - pu, n0]


def agree(what, x, y, digits=25):
    assert abs(x - y) <= mp.mpf(10) ** -digits * max(abs(x), mp.mpf(10) ** -40), (what, x, y)


def hit_first(spot, target, stop, days, vol, drift=0):
    spot, target, stop, vol, drift = (D(v) for v in (spot, target, stop, vol, drift))
    T = years(days)
    a, b, _, _ = trade_strip(spot, target, stop)
    nu = drift - vol**2 / 2
    sines, images = strip_sines(a, b, T, vol, nu), strip_images(a, b, T, vol, nu)
    for k in range(3):
        agree(f'HIT_FIRST {k}', sines[k], images[k])
    up, down, neither = sines
    return [up, down, neither] if target > spot else [down, up, neither]


for args in ([100, 110, 95, 63, 0.3, 0.1], [180, 160, 190, 20, 0.45]):
    add('HIT_FIRST', args, [hit_first(*args)],
        f'mpmath 50-digit probabilities that geometric Brownian motion touches the target first, the stop first, or neither within T = days/252, by {TRADE_SINES}; cross-checked to 25 digits by {TRADE_IMAGES}; {HERE}')


def trade_ev(spot, target, stop, days, vol, drift=0, cost=0):
    """E[P&L] per share: exit at the level touched first, else at S_T; E[S_T; neither] = S·∫e^x p(x) dx."""
    spot, target, stop, vol, drift, cost = (D(v) for v in (spot, target, stop, vol, drift, cost))
    T = years(days)
    a, b, up, down = trade_strip(spot, target, stop)
    nu = drift - vol**2 / 2
    pu, pd, _ = strip_sines(a, b, T, vol, nu)
    alive = spot * strip_integral(a, b, T, vol, nu, mp.exp)
    # the same moment from the sine-series density ∫ e^x p(x) dx in closed form would share route (1); here a
    # second opinion instead: with drift 0 the price is a martingale, E[exit] = spot (optional stopping)
    exit_ = up * pu + down * pd + alive
    pnl = (exit_ - spot if target > spot else spot - exit_) - cost
    return [pnl, pnl / abs(spot - stop)]


# optional stopping: with drift 0 the price is a martingale, so every trade's expected P&L is 0 (Williams,
# Probability with Martingales, §10.10); the route below must give 0 to 40 digits.
zero = trade_ev(100, 110, 95, 63, 0.3)
assert all(abs(x) < mp.mpf(10) ** -40 for x in zero), zero
TRADE_EV_EXIT = 'expected exit = target·P(target first) + stop·P(stop first) + E[S_T; neither], the probabilities by the sine series and E[S_T; neither] = spot·∫e^x·(killed density) by mpmath.quad of the image series; the same route gives 0 to 40 digits at drift 0, as optional stopping requires of a martingale'
for args, workings in (([100, 110, 95, 63, 0.3, 0.1], TRADE_EV_EXIT),
                       ([180, 160, 190, 20, 0.45, -0.1], 'a short: the P&L is spot − expected exit; ' + TRADE_EV_EXIT),
                       ([180, 200, 171, 20, 0.45, 0.25, 0.05], TRADE_EV_EXIT + ', less the round-trip cost')):
    add('TRADE_EV', args, [trade_ev(*args)],
        f'mpmath 50-digit expected P&L per share and per unit risked |spot − stop| of a position closed at the first level touched, else at the horizon, under geometric Brownian motion: '
        + workings + f' ({TRADE_SINES}; {TRADE_IMAGES}); {HERE}')


def price_range(spot, days, vol, drift=0, prob=None):
    """spot·exp(νT ∓ z·σ√T), z = Φ⁻¹((1 + prob)/2) (z = 1 when prob is omitted): the central interval of the
    lognormal S_T (Hull, 10th ed., eq. 15.3); checked: P(low < S_T < high) = prob."""
    spot, vol, drift = D(spot), D(vol), D(drift)
    T = years(days)
    z = mp.mpf(1) if prob is None else mp.sqrt(2) * mp.erfinv(D(prob))
    m, s = (drift - vol**2 / 2) * T, vol * mp.sqrt(T)
    low, high = spot * mp.exp(m - z * s), spot * mp.exp(m + z * s)
    inside = mp.ncdf((mp.log(high / spot) - m) / s) - mp.ncdf((mp.log(low / spot) - m) / s)
    assert abs(inside - (mp.erf(1 / mp.sqrt(2)) if prob is None else D(prob))) < mp.mpf(10) ** -45
    return [low, high]


for args in ([180, 20, 0.45], [180, 20, 0.45, 0.25, 0.9]):
    add('PRICE_RANGE', args, [price_range(*args)],
        f'mpmath 50-digit central interval of the lognormal price at T = days/252, spot·exp((μ − σ²/2)T ∓ z·σ√T) with z = √2·erfinv(prob) = Φ⁻¹((1 + prob)/2), or 1 (one standard deviation, 68.27%) when prob is omitted (Hull, 10th ed., eq. 15.3); the probability between the two recomputed by Φ; {HERE}')


def portfolio_size(account, entries, stops, risk=Q(1, 100), heat=Q(6, 100), weight=Q(25, 100), cash=Q(0), lot=Q(1)):
    """Exact: each position's most shares under risk and weight, one common factor for the heat and cash caps,
    each floored to whole lots; rows [signed shares, value, risk]."""
    raw = [min(account * risk / abs(e - s), account * weight / e) for e, s in zip(entries, stops)]
    total_heat = sum(r * abs(e - s) for r, e, s in zip(raw, entries, stops))
    gross = sum(r * e for r, e in zip(raw, entries))
    factor = min([Q(1)] + ([account * heat / total_heat] if total_heat > account * heat else [])
                 + ([account * (1 - cash) / gross] if gross > account * (1 - cash) else []))
    rows = []
    for r, e, s in zip(raw, entries, stops):
        lots = r * factor / lot
        shares = Q(lots.numerator // lots.denominator) * lot
        rows.append([shares if s < e else -shares, shares * e, shares * abs(e - s)])
    assert sum(x[2] for x in rows) <= account * heat and sum(x[1] for x in rows) <= account * (1 - cash)
    assert all(x[2] <= account * risk and x[1] <= account * weight for x in rows)
    return rows


PORTFOLIO_SIZE_SRC = 'exact rational arithmetic (Python fractions): each position first gets min(account·risk_pct/|entry − stop|, account·max_weight/entry) shares, every position is scaled by the one factor min(1, max_heat·account/Σ loss at the stops, (1 − cash_floor)·account/Σ value), then floored to whole lots, signed + for a stop below the entry (fixed-fractional risk sizing under portfolio caps, as the catalog defines it); '
book = ([Q(180), Q(340), Q(95)], [Q(171), Q(320), Q(85)])
rows = portfolio_size(Q(100000), *book, Q(2, 100), Q(6, 100), Q(35, 100), Q(20, 100))
assert [r[0] for r in rows] == [176, 90, 181]  # gross 88,000 > 80,000: factor 10/11; heat 5,750 ≤ 6,000
add('PORTFOLIO_SIZE', [100000, [[180], [340], [95]], [[171], [320], [85]], 0.02, 0.06, 0.35, 0.2], rows,
    PORTFOLIO_SIZE_SRC + f'caps 35,000, 34,000 and 19,000 of value sum to 88,000 > 80,000 (a 20% cash floor): factor 10/11, then ⌊176.7⌋, ⌊90.9⌋, ⌊181.8⌋; {HERE}')
rows = portfolio_size(Q(50000), [Q(50), Q(120)], [Q(47), Q(126)], Q(2, 100), Q(2, 100))
assert [r[0] for r in rows] == [181, -75]  # heat 1,375 > 1,000: factor 8/11
add('PORTFOLIO_SIZE', [50000, [[50], [120]], [[47], [126]], 0.02, 0.02], rows,
    PORTFOLIO_SIZE_SRC + f'weight caps 250 and 104.17 shares put 1,375 at the stops > 1,000 (a 2% heat cap): factor 8/11, then ⌊181.8⌋ long and ⌊75.8⌋ short; {HERE}')


def corr_matrix(c, n):
    return [[Q(1) if i == j else (c if not isinstance(c, list) else c[i][j]) for j in range(n)] for i in range(n)]


def psd(C):
    """Cholesky in exact rationals: every pivot > 0 (positive definite)."""
    n = len(C)
    A = [row[:] for row in C]
    for k in range(n):
        if A[k][k] <= 0:
            return False
        for i in range(k + 1, n):
            f = A[i][k] / A[k][k]
            for j in range(k, n):
                A[i][j] -= f * A[k][j]
    return True


def book_variance(values, vols, C):
    w = [v * s for v, s in zip(values, vols)]
    cw = [sum(C[i][j] * w[j] for j in range(len(w))) for i in range(len(w))]
    return w, cw, sum(a * b for a, b in zip(w, cw))


def portfolio_var(values, vols, corr=None, days=1, c='0.95'):
    """σ_P = √(wᵀCw·T), VaR = z_c·σ_P, ES = φ(z_c)/(1 − c)·σ_P (McNeil, Frey & Embrechts, Quantitative Risk
    Management, 2005, §2.2.4 and Example 2.18); ES checked as (1/(1 − c))∫_c^1 VaR_u du by mpmath.quad."""
    values, vols = [R(v) for v in values], [R(s) for s in vols]
    C = corr_matrix(Q(1) if corr is None else (R(corr) if not isinstance(corr, list) else [[R(x) for x in r] for r in corr]), len(values))
    assert psd(C)
    _, _, var = book_variance(values, vols, C)
    c = D(c)
    sigma = mp.sqrt(mp.mpf(var.numerator) / var.denominator * years(days))
    z = mp.sqrt(2) * mp.erfinv(2 * c - 1)
    es = mp.npdf(z) / (1 - c) * sigma
    es_quad = mp.quad(lambda u: mp.sqrt(2) * mp.erfinv(2 * u - 1), [c, 1]) / (1 - c) * sigma
    agree('PORTFOLIO_VAR ES', es, es_quad, 40)
    return [z * sigma, es]


BOOK_CORR = [[1, 0.7, 0.6], [0.7, 1, 0.65], [0.6, 0.65, 1]]
PORTFOLIO_VAR_SRC = 'mpmath 50-digit parametric (zero-mean normal) value at risk and expected shortfall of the book: σ_P = √(wᵀCw)·√T with w = value·vol and T = days/252 (wᵀCw in exact rationals), VaR = Φ⁻¹(c)·σ_P, ES = φ(Φ⁻¹(c))/(1 − c)·σ_P (McNeil, Frey & Embrechts, Quantitative Risk Management, 2005, §2.2.4 and Example 2.18); ES cross-checked to 40 digits as the average of VaR_u over u from c to 1 (mpmath.quad); the matrix shown positive definite by an exact Cholesky factorisation'
for args in ([[[30000], [30000], [20000]], [[0.5], [0.4], [0.9]], BOOK_CORR, 10, 0.99],
             [[[30000], [30000], [20000]], [[0.5], [0.4], [0.9]], 0.3]):
    vals, vls = [r[0] for r in args[0]], [r[0] for r in args[1]]
    add('PORTFOLIO_VAR', args, [portfolio_var(vals, vls, *args[2:])], f'{PORTFOLIO_VAR_SRC}; {HERE}')


def risk_contrib(values, vols, corr):
    values, vols = [R(v) for v in values], [R(s) for s in vols]
    C = corr_matrix(R(corr) if not isinstance(corr, list) else [[R(x) for x in r] for r in corr], len(values))
    w, cw, var = book_variance(values, vols, C)
    shares = [wi * ci / var for wi, ci in zip(w, cw)]
    assert sum(shares) == 1
    return [[x] for x in shares]


RISK_CONTRIB_SRC = 'exact rational arithmetic (Python fractions): the Euler allocation of the variance, w_i·(Cw)_i / wᵀCw with w = value·vol (Tasche, Risk contributions and performance measurement, 1999; Qian, Risk parity portfolios, 2005), which sums to exactly 1'
add('RISK_CONTRIB', [[[30000], [30000], [20000]], [[0.5], [0.4], [0.9]], BOOK_CORR],
    risk_contrib([30000, 30000, 20000], [0.5, 0.4, 0.9], BOOK_CORR), f'{RISK_CONTRIB_SRC}; {HERE}')
add('RISK_CONTRIB', [[[30000], [-20000]], [[0.5], [0.3]], 0.8], risk_contrib([30000, -20000], [0.5, 0.3], 0.8),
    f'{RISK_CONTRIB_SRC}: w = 15,000 and −6,000, Cw = 10,200 and 6,000, wᵀCw = 117,000,000, so 153/117 and −36/117 (a hedge takes risk away); {HERE}')

# ---------------------------------------------------------------------------------------------


def num(x):
    """The nearest double, written as an integer when the value is one."""
    v = float(digits(x))
    return int(v) if v.is_integer() and abs(v) < 2**53 else v


def entry(args, value, source):
    if isinstance(value, list):
        out = {'args': args, 'value': [[num(x) for x in row] for row in value],
               'digits': [[digits(x) for x in row] for row in value], 'source': source}
        ex = [[exact(x) for x in row] for row in value]
        if all(e is not None for row in ex for e in row):
            out['exact'] = ex
        return out
    out = {'args': args, 'value': num(value), 'digits': digits(value), 'source': source}
    if exact(value) is not None:
        out['exact'] = exact(value)
    return out


out = {
    'source': f'Independent values of the catalog examples: mpmath {mp.__version__} at 50 digits, exact rationals '
    f'(Python fractions) and QuantLib {ql.__version__} cross-checks, from the defining formulas ({HERE})',
    'examples': {name: [entry(*e) for e in rows] for name, rows in examples.items()},
}
with open(__file__.replace('.py', '.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
