"""Exact voting power of weighted voting rules with group conditions (pure).

A rule is a `Game` over players 0..n-1: a coalition passes a decision when
its members' weights add up to at least `quota` and, for every group, at
least `need` of the group's members are in it.  A named veto is a group of
the veto holders needing all of them; "a majority of GP practices must
approve" is the group of GP practices needing more than half of them.

Everything is exact (Python ints and Fractions) and computed by dynamic
programming -- never by listing the 2^n coalitions.  A state is how many of
each group's members a coalition holds (capped where more makes no
difference) and its total weight.  All the weights of one count state form a
row, packed into one integer with a fixed number of bits per weight, so that
adding a player to every coalition is a shift and an addition.  For the power
indices each weight's slot holds in turn the number of coalitions of every
size (n + 1 bits each).
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations
from math import factorial, prod

from .wording import say

MAX_WORK = 10**10  # bits of the power tables, times players: a few seconds at most


class TooComplex(ValueError):
    """The weights have too many distinct totals to compute exactly in reasonable time."""


@dataclass(frozen=True)
class Game:
    """Weights (whole numbers >= 0), a quota and groups of (member indices, number needed)."""

    weights: tuple[int, ...]
    quota: int
    groups: tuple[tuple[tuple[int, ...], int], ...] = ()

    def __post_init__(self):
        n = len(self.weights)
        if n == 0 or any(w < 0 for w in self.weights):
            raise ValueError("a game needs at least one player and no negative weight")
        if not 1 <= self.quota <= sum(self.weights):
            raise ValueError(f"quota {self.quota} is outside 1..{sum(self.weights)}")
        for members, need in self.groups:
            if not members or len(set(members)) != len(members) or not all(0 <= i < n for i in members):
                raise ValueError(f"group {members} must list distinct players")
            if not 1 <= need <= len(members):
                raise ValueError(f"group {members} needs {need}: outside 1..{len(members)}")

    @property
    def n(self) -> int:
        return len(self.weights)

    def wins(self, coalition) -> bool:
        """Whether the players in `coalition` pass a decision on their own."""
        members = set(coalition)
        return (sum(self.weights[i] for i in members) >= self.quota
                and all(len(members.intersection(g)) >= need for g, need in self.groups))


@dataclass(frozen=True)
class Power:
    """Power indices of every player (exact)."""

    swings: tuple[int, ...]                # coalitions of the others this player turns from losing to winning
    banzhaf: tuple[Fraction, ...]          # swings / all players' swings (normalised Banzhaf index)
    shapley_shubik: tuple[Fraction, ...]   # share of orderings in which this player tips the vote
    winning: int                           # number of winning coalitions, of 2^n


@dataclass(frozen=True)
class Coalitions:
    """How many coalitions of a kind there are, and all of them when there are few."""

    count: int
    listed: tuple[tuple[int, ...], ...] | None


class _Space:
    """Count states: how many members of each group a coalition holds, capped at `caps`."""

    def __init__(self, game: Game, caps: tuple[int, ...]):
        self.game, self.caps = game, caps
        self.width = sum(game.weights) + 1
        sizes = [cap + 1 for cap in caps]
        strides = [prod(sizes[:g]) for g in range(len(sizes))]
        self.count_states = prod(sizes)
        if self.count_states * self.width * (game.n + 1) ** 2 * game.n > MAX_WORK:
            raise TooComplex(say("too complex detail", states=f"{self.count_states * self.width:,}", n=str(game.n)))
        self.counts = [tuple(s // stride % size for stride, size in zip(strides, sizes))
                       for s in range(self.count_states)]
        self.groups_of = [tuple(g for g, (members, _) in enumerate(game.groups) if i in members)
                          for i in range(game.n)]
        succ = {}
        for groups in set(self.groups_of):
            succ[groups] = [sum(stride * min(c + (g in groups), cap)
                                for g, (c, cap, stride) in enumerate(zip(counts, caps, strides)))
                            for counts in self.counts]
        self.succ = [succ[groups] for groups in self.groups_of]

    def met(self, s: int, pattern=None) -> bool:
        """Whether count state `s` meets every group's need (or a `pattern` test per group)."""
        test = pattern or (lambda g, count, need: count >= need)
        return all(test(g, c, need) for g, (c, (_, need)) in enumerate(zip(self.counts[s], self.game.groups)))

    def before(self, player: int) -> list[list[int]]:
        """For each state, the states from which `player` joining leads to it."""
        out = [[] for _ in range(self.count_states)]
        for s, t in enumerate(self.succ[player]):
            out[t].append(s)
        return out


# ---------------------------------------------------------------- power indices

def power(game: Game) -> Power:
    """Normalised Banzhaf and Shapley-Shubik indices, exactly.

    One pass adds every player to the table of coalitions (state -> number of
    coalitions of each size); for each kind of player the pass is then undone
    for one of them -- in the rows where it can swing the vote, and the rows
    they come from -- which leaves the coalitions of the others, where its
    swings are read off.  Undoing a player divides a row by (1 + z),
    z = 2^shift: a multiplication by the inverse of (1 + z) modulo 2^(row bits).
    """
    space, n = _Space(game, tuple(need for _, need in game.groups)), game.n
    bits = n + 1                 # one coefficient: at most C(n, k) < 2^n coalitions
    cell = (n + 1) * bits        # one weight: coalitions of size 0..n
    rows = [0] * space.count_states
    rows[0] = 1                  # the empty coalition
    for p in range(n):
        shift, before = game.weights[p] * cell + bits, space.before(p)
        rows = [sum((rows[s] << shift for s in before[t]), rows[t]) for t in range(space.count_states)]
    by_kind: dict[tuple, list[int]] = {}
    swing_sizes = []
    for p in range(n):
        kind = (game.weights[p], space.groups_of[p])
        if kind not in by_kind:
            by_kind[kind] = _unpack(_swings(space, rows, p, cell, bits), bits, n)
        swing_sizes.append(by_kind[kind])
    swings = tuple(sum(sizes) for sizes in swing_sizes)
    total = sum(swings)
    q, top = game.quota, space.width - 1
    winning = sum(_sum_cells(rows[s] >> (q * cell), top - q + 1, cell)
                  for s in range(space.count_states) if space.met(s))
    return Power(
        swings=swings,
        banzhaf=tuple(Fraction(s, total) for s in swings),
        shapley_shubik=tuple(Fraction(sum(c * factorial(k) * factorial(n - 1 - k) for k, c in enumerate(sizes)),
                                      factorial(n)) for sizes in swing_sizes),
        winning=sum(_unpack(winning, bits, n + 1)),
    )


def _swings(space: _Space, rows: list[int], player: int, cell: int, bits: int) -> int:
    """Packed counts, by size, of coalitions of the others that lose alone and win with `player`."""
    game = space.game
    a, q, top = game.weights[player], game.quota, space.width - 1
    windows = {}
    for s in range(space.count_states):
        if space.met(s):
            lo, hi = q - a, q - 1          # the weight was short; this player's weight makes it
        elif space.met(space.succ[player][s]):
            lo, hi = q - a, top - a        # this player completes a group; the weight must reach q with it
        else:
            continue
        if max(lo, 0) <= hi:
            windows[s] = (max(lo, 0), hi)
    if not windows:
        return 0
    length = (max(hi for _, hi in windows.values()) + 1) * cell
    others = _without(space, rows, player, cell, bits, windows, length)
    return sum(_sum_cells((others[s] >> (lo * cell)) & ((1 << ((hi - lo + 1) * cell)) - 1), hi - lo + 1, cell)
               for s, (lo, hi) in windows.items())


def _without(space: _Space, rows: list[int], player: int, cell: int, bits: int, wanted, length: int) -> dict:
    """The `wanted` rows of the coalitions of everyone but `player` (its pass undone), below 2^length."""
    shift, before = space.game.weights[player] * cell + bits, space.before(player)
    mask = (1 << length) - 1
    done: dict[int, int] = {}

    def row(t: int) -> int:
        if t not in done:
            rest = (rows[t] - sum(row(s) << shift for s in before[t] if s != t)) & mask
            if t in before[t]:  # joining leaves the state as it is: rest = row * (1 + z), z = 2^shift
                rest = (rest - (rest << shift)) & mask          # times (1 - z) ...
                step = 2 * shift
                while step < length:                            # ... (1 + z^2)(1 + z^4)... = 1/(1 + z) mod 2^length
                    rest = (rest + (rest << step)) & mask
                    step *= 2
            done[t] = rest
        return done[t]

    return {t: row(t) for t in wanted}


def _sum_cells(packed: int, cells: int, cell: int) -> int:
    """The sum of `cells` packed slots of `cell` bits, by folding halves onto each other."""
    while cells > 1:
        half = (cells + 1) // 2
        packed = (packed & ((1 << (half * cell)) - 1)) + (packed >> (half * cell))
        cells = half
    return packed


def _unpack(packed: int, bits: int, sizes: int) -> list[int]:
    mask = (1 << bits) - 1
    return [(packed >> (bits * k)) & mask for k in range(sizes)]


# ---------------------------------------------------------------- players

def veto_players(game: Game) -> tuple[int, ...]:
    """Players without whom nothing passes."""
    everyone = range(game.n)
    return tuple(i for i in everyone if not game.wins(j for j in everyone if j != i))


def dictators(game: Game) -> tuple[int, ...]:
    """Players who pass any decision alone and without whom nothing passes."""
    return tuple(i for i in veto_players(game) if game.wins((i,)))


# ---------------------------------------------------------------- minimal coalitions

def minimal_winning(game: Game, limit: int = 10) -> Coalitions:
    """Winning coalitions in which every member is needed: counted, and listed when at most `limit`.

    Split by the set T of groups that are exactly at their need ("tight"): a
    member of a tight group is needed; any other member is needed exactly when
    the total weight without it falls short of the quota, which it suffices to
    check for the lightest such member.  So the walk takes members of tight
    groups freely, then the others heaviest first, and ends ("closes") at the
    lightest one taken.
    """
    caps = tuple(min(len(members), need + 1) for members, need in game.groups)  # need, or more than need
    walk = _Walk(_Space(game, caps))
    space, q = walk.space, game.quota
    light = walk.mask(lambda s: True, 0, q - 1)
    routes = []
    for tight in _subsets(len(game.groups)):
        if any(need >= len(members) for g, (members, need) in enumerate(game.groups) if g not in tight):
            continue  # a group that is not tight must have more members in than needed
        def exact(g, count, need, tight=tight):
            return count == need if g in tight else count > need
        final = walk.mask(lambda s: space.met(s, exact), q, space.width - 1)
        needed = [p for p in range(game.n) if set(space.groups_of[p]) & tight]
        rest = sorted((p for p in range(game.n) if p not in needed), key=lambda p: (-game.weights[p], p))
        steps = [(p, True, None) for p in needed]
        for p in rest:
            a, succ = game.weights[p], space.succ[p]
            steps.append((p, True, [(final[succ[s]] >> (a * walk.bits)) & light[s]
                                    for s in range(space.count_states)]))
        routes.append((steps, {len(needed): final}))
    return walk.count(routes, limit, lambda ins, outs, last: ins + last)


def minimal_blocking(game: Game, limit: int = 10) -> Coalitions:
    """Coalitions that can stop any decision, with every member needed to do so.

    These are the complements of the maximal losing coalitions L (losing, but
    winning with any one more player).  Split by the set D of groups L falls
    short of: every outsider must belong to all of them, L must be exactly one
    short in each, and the lightest outsider must bring the weight to the quota.
    The walk takes the others heaviest first and closes at the lightest
    outsider, taking everyone after it.
    """
    walk = _Walk(_Space(game, tuple(need for _, need in game.groups)))  # one short, or enough
    space, q = walk.space, game.quota
    routes = []
    for short in _subsets(len(game.groups)):
        def exact(g, count, need, short=short):
            return count == need - 1 if g in short else count >= need
        top = space.width - 1 if short else q - 1  # short of no group: L must lose on weight
        forced = [p for p in range(game.n) if not short <= set(space.groups_of[p])]
        free = sorted((p for p in range(game.n) if p not in forced), key=lambda p: (-game.weights[p], p))
        steps = [(p, False, None) for p in forced]
        later, later_weight = list(range(space.count_states)), 0   # the state after taking everyone later
        closes = []
        for p in reversed(free):
            ends = walk.mask(lambda s: space.met(s, exact), q - game.weights[p], top)
            closes.append([ends[later[s]] >> (later_weight * walk.bits) for s in range(space.count_states)])
            later = [space.succ[p][t] for t in later]
            later_weight += game.weights[p]
        steps += [(p, True, close) for p, close in zip(free, reversed(closes))]
        routes.append((steps, {}))
    return walk.count(routes, limit, lambda ins, outs, last: outs + last)


def _subsets(m: int):
    return (frozenset(c) for r in range(m + 1) for c in combinations(range(m), r))


class _Walk:
    """Tables of counts over all states (one packed row per count state); walks through them.

    A step (player, can_out, close) lets the walk take the player (always),
    leave it out (if can_out), or -- in the states marked in `close` -- make this
    player the last decision, the rest following.  stops[j] marks states where
    the walk may end before step j.  Completions are counted backwards, so the
    listing follows only branches that lead somewhere.
    """

    def __init__(self, space: _Space):
        self.space = space
        self.bits = space.game.n + 3  # a count of walks from any state is below 2^(n+2)
        self.cell = (1 << self.bits) - 1

    def mask(self, state_ok, lo: int, hi: int) -> list[int]:
        """Rows with 1 for every weight in lo..hi, in the count states that pass `state_ok`."""
        lo, hi = max(lo, 0), min(hi, self.space.width - 1)
        row = ((1 << ((hi - lo + 1) * self.bits)) - 1) // self.cell << (lo * self.bits) if lo <= hi else 0
        return [row if state_ok(s) else 0 for s in range(self.space.count_states)]

    def at(self, rows: list[int], s: int, w: int) -> int:
        return (rows[s] >> (w * self.bits)) & self.cell

    def count(self, routes, limit: int, pick) -> Coalitions:
        tabled = [(steps, stops, self._tables(steps, stops)) for steps, stops in routes]
        count = sum(self.at(tables[0], 0, 0) for _, _, tables in tabled)
        if count > limit:
            return Coalitions(count, None)
        found: list[tuple[int, ...]] = []
        for steps, stops, tables in tabled:
            self._list(steps, stops, tables, 0, (0, 0), (), (), found, pick)
        return Coalitions(count, tuple(sorted(tuple(sorted(c)) for c in found)))

    def _tables(self, steps, stops) -> list[list[int]]:
        states = range(self.space.count_states)
        zero = [0] * self.space.count_states
        table = stops.get(len(steps), zero)
        tables = [table]
        for j in reversed(range(len(steps))):
            player, can_out, close = steps[j]
            shift, succ = self.space.game.weights[player] * self.bits, self.space.succ[player]
            extra, stop = close or zero, stops.get(j, zero)
            table = [(table[s] if can_out else 0) + (table[succ[s]] >> shift) + extra[s] + stop[s] for s in states]
            tables.append(table)
        tables.reverse()
        return tables

    def _list(self, steps, stops, tables, j, state, ins, outs, found, pick) -> None:
        s, w = state
        if j in stops and self.at(stops[j], s, w):
            found.append(pick(ins, outs, ()))
        if j == len(steps):
            return
        player, can_out, close = steps[j]
        if close is not None and self.at(close, s, w):
            found.append(pick(ins, outs, (player,)))
        if can_out and self.at(tables[j + 1], s, w):
            self._list(steps, stops, tables, j + 1, state, ins, outs + (player,), found, pick)
        joined = (self.space.succ[player][s], w + self.space.game.weights[player])
        if joined[1] < self.space.width and self.at(tables[j + 1], *joined):
            self._list(steps, stops, tables, j + 1, joined, ins + (player,), outs, found, pick)
