"""Independent reference for ImpliedGoalsTest and ImpliedLineClvTest (numpy/scipy; no Mon_PS code).

Dixon-Coles grid of 0..15 goals a side with tau on the four low scores, normalised to 1; the goal expectancies and rho
solved with scipy's fsolve on home, away and over 2.5; quarter lines split into two half stakes; the fair probability
of a line bet is (win + half_win/2) / (win + half_win/2 + loss + half_loss/2) (the price at which its EV is 0).

    python3 core/src/test/python/implied_goals_reference.py
"""
import math

import numpy as np
from scipy.optimize import fsolve
from scipy.stats import poisson

N = 16


def grid(lh, la, rho):
    g = np.outer(poisson.pmf(np.arange(N), lh), poisson.pmf(np.arange(N), la))
    g[0, 0] *= 1 - rho * lh * la
    g[0, 1] *= 1 + rho * lh
    g[1, 0] *= 1 + rho * la
    g[1, 1] *= 1 - rho
    return g / g.sum()


def match_odds(g):
    return np.tril(g, -1).sum(), np.trace(g), np.triu(g, 1).sum()


def settle(g, margin):
    """win, half_win, push, half_loss, loss of a bet whose margin on a score (i, j) is margin(i, j)."""
    result = np.zeros(5)
    for i in range(N):
        for j in range(N):
            quarters = round(margin(i, j) * 4)
            halves = [(quarters - 1) / 4, (quarters + 1) / 4] if quarters % 2 else [quarters / 4] * 2
            result[int(2 - sum(np.sign(h) for h in halves))] += g[i, j]
    return result


def over(g, line):
    return settle(g, lambda i, j: i + j - line)


def under(g, line):
    return settle(g, lambda i, j: line - (i + j))


def home(g, line):
    return settle(g, lambda i, j: i - j + line)


def away(g, line):
    return settle(g, lambda i, j: j - i + line)


def fair_p(lp):
    won = lp[0] + lp[1] / 2
    return won / (won + lp[4] + lp[3] / 2)


def devig(*odds):
    s = sum(1 / o for o in odds)
    return [(1 / o) / s for o in odds]


def solve(h, a, over25=None, rho=0.0):
    if over25 is None:
        def f(x):
            p = match_odds(grid(math.exp(x[0]), math.exp(x[1]), rho))
            return [p[0] - h, p[2] - a]
        x = fsolve(f, [math.log(1.4), math.log(1.1)], xtol=1e-13)
        return math.exp(x[0]), math.exp(x[1]), rho

    def f(x):
        g = grid(math.exp(x[0]), math.exp(x[1]), x[2])
        p = match_odds(g)
        return [p[0] - h, p[2] - a, over(g, 2.5)[0] - over25]
    x = fsolve(f, [math.log(1.4), math.log(1.1), 0.0], xtol=1e-13)
    return math.exp(x[0]), math.exp(x[1]), x[2]


def report(title, h, d, a, over25, rho, bets):
    lh, la, r = solve(h, a, over25, rho)
    print(f"{title}: lambda_home {lh:.10f} lambda_away {la:.10f} rho {r:.10f}")
    g = grid(lh, la, r)
    for name, side, line, odds in bets:
        p = fair_p(side(g, line))
        print(f"  {name} {line:+.2f}: fair p {p:.10f}" + (f", at odds {odds}: CLV {(odds * p - 1) * 100:.3f} %" if odds else ""))


if __name__ == "__main__":
    # ImpliedGoalsTest: 1X2 2.10 / 3.50 / 3.60, over/under 2.5 1.95 / 1.95
    h, d, a = devig(2.10, 3.50, 3.60)
    report("ImpliedGoalsTest", h, d, a, devig(1.95, 1.95)[0], None, [
        ("over", over, 2.75, None), ("under", under, 2.25, None), ("over", over, 3.0, None),
        ("home", home, -0.75, None), ("home", home, -1.0, None), ("away", away, 0.25, None)])
    # ImpliedLineClvTest / LineClvJobTest: Pinnacle closes 1X2 1.80 / 3.80 / 4.60 and over/under 2.5 at 1.90 / 2.00
    h, d, a = devig(1.80, 3.80, 4.60)
    report("Pinnacle close with its total", h, d, a, devig(1.90, 2.00)[0], None, [
        ("under", under, 2.25, 2.10), ("home", home, 0.25, 1.80), ("away", away, 0.5, 1.80)])
    report("Pinnacle close without a total (rho -0.05)", h, d, a, None, -0.05, [("under", under, 2.25, 2.10)])
    # LineClvJobTest, no Pinnacle: Bet365 1.85 / 3.60 / 4.40 and 2.5 at 1.95 / 1.85, William Hill 1.80 / 3.75 / 4.50 and
    # 2.5 at 1.90 / 1.90: each outcome's implied probabilities averaged over the bookmakers, then normalised
    mean = lambda *odds: sum(1 / o for o in odds) / len(odds)
    ch, cd, ca = mean(1.85, 1.80), mean(3.60, 3.75), mean(4.40, 4.50)
    co, cu = mean(1.95, 1.90), mean(1.85, 1.90)
    book = ch + cd + ca
    report("consensus close with its total", ch / book, cd / book, ca / book, co / (co + cu), None,
           [("over", over, 3.0, 2.40)])
