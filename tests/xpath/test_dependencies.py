"""Static dependency analysis (context /data/rep/x unless stated)."""

from __future__ import annotations

import pytest

from fieldapp.core.xpath import compile_xpath

CTX = "/data/rep/x"

PATH_CASES = [
    ("/data/a", {"/data/a"}),
    ("../y", {"/data/rep/y"}),
    (".", {"/data/rep/x"}),
    ("./../y/z", {"/data/rep/y/z"}),
    ("../../a", {"/data/a"}),
    ("current()/../y", {"/data/rep/y"}),
    ("current()", {"/data/rep/x"}),
    ("count(/data/rep)", {"/data/rep"}),
    ("/data/rep[y > 2]/z", {"/data/rep/y", "/data/rep/z"}),
    ("/data/rep[2]/z", {"/data/rep/z"}),
    ("/data/rep[../flag = 'y']/z", {"/data/flag", "/data/rep/z"}),
    ("/data/a + /data/b * 2 > /data/c", {"/data/a", "/data/b", "/data/c"}),
    ("if(/data/a = 'y', /data/b, /data/c)", {"/data/a", "/data/b", "/data/c"}),
    ("concat(/data/a, ../y)", {"/data/a", "/data/rep/y"}),
    ("/data/g/@attr", {"/data/g/@attr"}),
    ("string-length()", {"/data/rep/x"}),
    ("string-length(/data/a)", {"/data/a"}),
    ("normalize-space()", {"/data/rep/x"}),
    ("jr:choice-name(/data/s, '/data/s')", {"/data/s"}),
    ("jr:choice-name(../y, ' /data/rep/y ')", {"/data/rep/y"}),
    ("indexed-repeat(/data/rep/x, /data/rep, /data/i)", {"/data/rep/x", "/data/rep", "/data/i"}),
    (
        "indexed-repeat(/data/r/s/v, /data/r, 1, /data/r/s, ../k)",
        {"/data/r/s/v", "/data/r", "/data/r/s", "/data/rep/k"},
    ),
    ("ancestor::rep/z", {"/data/rep/z"}),
    ("ancestor-or-self::x", {"/data/rep/x"}),
    ("following-sibling::z", {"/data/rep/z"}),
    ("preceding-sibling::w[1]", {"/data/rep/w"}),
    ("/data/orx:meta/orx:instanceID", {"/data/orx:meta/orx:instanceID"}),
    ("sum(/data/rep/x) div count(/data/rep)", {"/data/rep/x", "/data/rep"}),
    ("selected(/data/s, 'a') and not(../y = '')", {"/data/s", "/data/rep/y"}),
    ("once(../y)", {"/data/rep/y"}),
    ("'a' = 'a'", set()),
    ("1 + 2", set()),
    ("(/data/a | /data/b)", {"/data/a", "/data/b"}),
    ("(/data/a | ../b)/c", {"/data/a/c", "/data/rep/b/c"}),
    ("/data/rep/x[. > 1]", {"/data/rep/x"}),
]


@pytest.mark.parametrize(("expr", "paths"), PATH_CASES)
def test_paths(expr: str, paths: set[str]) -> None:
    deps = compile_xpath(expr).dependencies(CTX)
    assert set(deps.paths) == paths
    assert deps.wildcard_prefixes == frozenset()


WILDCARDS = [
    ("//x", "/"),
    ("/data/grp//x", "/data/grp"),
    ("/data/grp/*", "/data/grp"),
    ("../descendant::z", "/data/rep"),
    ("count(../*)", "/data/rep"),
    ("/data/g/@*", "/data/g"),
    ("string(/)", "/"),
    ("/data/rep/x/following::y", "/"),
    ("../node()", "/data/rep"),
]


@pytest.mark.parametrize(("expr", "prefix"), WILDCARDS)
def test_unresolvable_paths_give_wildcard_prefixes(expr: str, prefix: str) -> None:
    deps = compile_xpath(expr).dependencies(CTX)
    assert prefix in deps.wildcard_prefixes


def test_secondary_instances_are_reported_not_their_paths() -> None:
    deps = compile_xpath("instance('c')/root/item[name = current()/../y]/label").dependencies(CTX)
    assert deps.paths == frozenset({"/data/rep/y"})
    assert deps.instances == frozenset({"c"})
    deps = compile_xpath("pulldata('p', 'x', 'y', /data/k)").dependencies(CTX)
    assert deps.paths == frozenset({"/data/k"})
    assert deps.instances == frozenset({"p"})
    deps = compile_xpath("count(instance('c')/root/item[country = /data/country])").dependencies(
        "/data/city"
    )
    assert deps.paths == frozenset({"/data/country"})


@pytest.mark.parametrize(
    ("expr", "now", "rand", "pos"),
    [
        ("today()", True, False, False),
        ("now()", True, False, False),
        ("format-date(today(), '%Y')", True, False, False),
        ("random()", False, True, False),
        ("uuid()", False, True, False),
        ("once(random())", False, True, False),
        ("randomize(/data/rep)", False, True, False),
        ("randomize(/data/rep, 3)", False, False, False),
        ("position(..)", False, False, True),
        ("position()", False, False, True),
        ("/data/rep[position() = last()]/x", False, False, True),
        ("/data/rep[2]/x", False, False, False),
        ("/data/a", False, False, False),
    ],
)
def test_flags(expr: str, now: bool, rand: bool, pos: bool) -> None:
    deps = compile_xpath(expr).dependencies(CTX)
    assert (deps.uses_now, deps.uses_random, deps.uses_position) == (now, rand, pos)


def test_context_is_per_call_and_cached() -> None:
    expr = compile_xpath("../y")
    a = expr.dependencies("/data/rep/x")
    b = expr.dependencies("/data/grp/x")
    assert a.paths == frozenset({"/data/rep/y"})
    assert b.paths == frozenset({"/data/grp/y"})
    assert expr.dependencies("/data/rep/x") is a


def test_constant() -> None:
    assert compile_xpath("1 + 2").dependencies(CTX).is_constant
    assert not compile_xpath("today()").dependencies(CTX).is_constant
