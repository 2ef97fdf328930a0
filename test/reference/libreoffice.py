"""A third, independent implementation of the double-barrier touch probability: LibreOffice Calc's
OPT_PROB_HIT (the pricing add-in, scaddins/source/pricing), run headless on a sheet of formulas.

OPT_PROB_HIT(Spot; Volatility; Drift; Maturity; LowerBarrier; UpperBarrier) is documented as "the
probability that an asset hits a predetermined barrier price", for dS/S = mu dt + vol dW, with
Drift = mu (annual, arithmetic), Maturity in years and a barrier of 0 meaning "none"
(help.libreoffice.org, Calc, OPT_PROB_HIT). With both barriers set it is the probability that the
price touches either of them before the maturity: for a trade with a target and a stop, HIT_FIRST's
target_first + stop_first (= 1 - neither).

Each case is a trade (spot, target, stop, days, vol, drift) with T = days / 252, written into the
formula as days/252 so Calc divides the same doubles. The sheet also evaluates the two examples of
the help page (single barriers), which must come out as documented (0.6119 and 0.4239): a check
that the arguments are read in the documented order.

Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc). Regenerate:
    /usr/bin/python3 test/reference/libreoffice.py     (writes libreoffice.json beside this file)
Calc writes 15 significant digits to CSV; the committed values are those digits. Calc's double
barrier is a method-of-images sum capped at 10 terms, so at long horizons (tau = vol^2 T / w^2 above
about 5, w = ln(upper/lower)) it is truncated; tau is committed beside each value.
"""
import csv
import json
import math
import os
import shutil
import subprocess
import tempfile

HERE = 'test/reference/libreoffice.py'

# spot, target, stop, days (252 a year), vol, drift
CASES = [
    (100, 110, 95, 63, 0.30, 0.10),  # the worked example of issue #10
    (180, 200, 171, 20, 0.45, 0.0),  # an NVDA-like long for four weeks
    (180, 200, 171, 20, 0.45, 0.25),
    (100, 110, 95, 1, 0.30, 0.10),
    (100, 110, 95, 5, 0.30, 0.10),
    (100, 110, 95, 252, 0.30, 0.10),
    (100, 110, 95, 1260, 0.30, 0.10),
    (100, 120, 90, 126, 0.25, 0.15),
    (100, 150, 80, 504, 0.40, 0.08),
    (100, 102, 98, 25, 0.15, 0.0),
    (50, 65, 45, 126, 0.50, 0.12),
    (1500, 1650, 1450, 40, 0.22, 0.07),
    # shorts: target below spot, stop above
    (100, 90, 105, 63, 0.30, 0.10),
    (180, 160, 190, 20, 0.45, -0.10),
    (100, 95, 110, 252, 0.40, -0.20),
    (100, 80, 101, 20, 0.30, 0.0),
]

DOC_EXAMPLES = [('=OPT_PROB_HIT(30,0.2,0.3,1,0,40)', 0.6119), ('=OPT_PROB_HIT(70,0.3,0.1,0.5,60,0)', 0.4239)]


def formula(spot, target, stop, days, vol, drift):
    lower, upper = min(target, stop), max(target, stop)
    return f'=OPT_PROB_HIT({spot},{vol},{drift},{days}/252,{lower},{upper})'


def calc(formulas):
    """Evaluates one formula per row in headless Calc (CSV in, CSV out); returns the values as text."""
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if soffice is None:
        raise SystemExit('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc')
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'cases.csv')
        with open(src, 'w', newline='') as f:
            w = csv.writer(f)
            for x in formulas:
                w.writerow([x])
        # CSV filter options: comma, double quote, UTF-8, from line 1; export: full precision, not as shown
        subprocess.run([soffice, '--headless', '--norestore', f'-env:UserInstallation=file://{tmp}/profile',
                        '--infilter=CSV:44,34,76,1', '--convert-to',
                        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
                        '--outdir', os.path.join(tmp, 'out'), src], check=True, capture_output=True)
        with open(os.path.join(tmp, 'out', 'cases.csv'), newline='') as f:
            values = [row[0] for row in csv.reader(f)]
        version = subprocess.run([soffice, '--version'], check=True, capture_output=True, text=True).stdout.strip()
    return values, version


values, version = calc([x for x, _ in DOC_EXAMPLES] + [formula(*c) for c in CASES])
for (x, documented), got in zip(DOC_EXAMPLES, values):
    assert abs(float(got) - documented) < 5e-5, f'{x}: Calc gives {got}, the help page {documented}'


def tau(spot, target, stop, days, vol, drift):
    """sigma^2 T / w^2, w = ln(upper/lower): the horizon in units of the strip's diffusion time."""
    return round(vol ** 2 * days / 252 / math.log(max(target, stop) / min(target, stop)) ** 2, 4)


rows = [list(c) + [tau(*c), v] for c, v in zip(CASES, values[len(DOC_EXAMPLES):])]
for r in rows:
    p = float(r[-1])
    assert 0 < p < 1, r

out = {
    'source': f'{version.splitlines()[0]}, Calc OPT_PROB_HIT(spot; vol; drift; days/252; lower; upper) with both barriers set '
              f'(the probability of touching either before the maturity), evaluated headless; the help page examples '
              f'OPT_PROB_HIT(30;0.2;0.3;1;0;40) = 0.6119 and OPT_PROB_HIT(70;0.3;0.1;0.5;60;0) = 0.4239 reproduced in the same run; {HERE}',
    'columns': ['spot', 'target', 'stop', 'days', 'vol', 'drift', 'tau', 'opt_prob_hit'],
    'note': 'Calc sums at most 10 image terms (scaddins/source/pricing/black_scholes.cxx, barrier_ko: "10 should be plenty") '
            'and returns 1 - (knock-out value); the j-th image term is of order exp(-2 j^2 / tau), so from tau = sigma^2 T / w^2 '
            'of about 5 upward its value is truncated (by ~exp(-200/tau)). Those rows are kept as Calc computed them.',
    'rows': rows,
}
with open(__file__.replace('.py', '.json'), 'w') as f:
    head = json.dumps({k: v for k, v in out.items() if k != 'rows'}, indent=1, ensure_ascii=False)[:-2]
    f.write(head + ',\n "rows": [\n' + ',\n'.join('  ' + json.dumps(r) for r in rows) + '\n ]\n}\n')
print(len(rows), 'cases;', version.splitlines()[0])
