"""Expected figures for QuizStatisticsCalculatorTest, computed independently of the Java code.

Run: python3 expected_statistics.py   (Python 3.10+, standard library only)

The formulas are written the textbook way, not as the Java code writes Moodle's: skewness and kurtosis as the
adjusted Fisher-Pearson G1 and G2, Cronbach's alpha from the inter-item covariances, discrimination with
statistics.correlation.
"""
import math
import statistics as st

MAX = [1, 2, 1, 2]
ATTEMPTS = [  # Q1 single choice, Q2 multiple response, Q3 true/false, Q4 short text (partial credit)
    [1, 2, 1, 2],
    [1, 1, 0, 1.5],
    [0, 1, 1, 2],
    [1, 0, 1, 0.5],
    [0, 1, 0, 1],
    [0, 0, 1, 0],
]

n = len(ATTEMPTS)
p = len(MAX)
totals = [sum(a) for a in ATTEMPTS]
items = [[a[i] for a in ATTEMPTS] for i in range(p)]

mean = st.mean(totals)
sd = st.stdev(totals)
m2 = sum((t - mean) ** 2 for t in totals) / n
m3 = sum((t - mean) ** 3 for t in totals) / n
m4 = sum((t - mean) ** 4 for t in totals) / n
g1 = m3 / m2 ** 1.5
g2 = m4 / m2 ** 2 - 3
skew = math.sqrt(n * (n - 1)) / (n - 2) * g1
kurt = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6)
off_diagonal = sum(st.covariance(items[i], items[j]) for i in range(p) for j in range(p) if i != j)
alpha = 100 * p / (p - 1) * off_diagonal / st.variance(totals)
er = 100 * math.sqrt(1 - alpha / 100)
se = er / 100 * sd

print(f"totals={totals}")
print(f"mean={mean!r} median={st.median(totals)!r} sd={sd!r} sdPercent={100 * sd / sum(MAX)!r}")
print(f"skewness={skew!r} kurtosis={kurt!r}")
print(f"cic={alpha!r} errorRatio={er!r} standardError={se!r}")
for i in range(p):
    x = items[i]
    rest = [t - xi for t, xi in zip(totals, x)]
    facility = 100 * st.mean(x) / MAX[i]
    d = 100 * st.correlation(x, rest)
    de = 100 * st.covariance(x, rest) / st.covariance(sorted(x), sorted(rest))
    print(f"Q{i + 1}: facility={facility!r} sd={st.stdev(x)!r} discrimination={d!r} efficiency={de!r}")
