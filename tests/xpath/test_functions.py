"""Every function of the ODK XForms library: values, edge cases and arity errors."""

from __future__ import annotations

import base64
import hashlib
import math
import re

import pytest

from fieldapp.core.xpath import FUNCTIONS, compile_xpath
from fieldapp.errors import FieldappError
from tests.xpath.conftest import World

# expression -> string value (context node /data/age, now 2024-03-10T01:30:45.123+03:00)
CASES = [
    # node-set functions
    ("last()", "1"),
    ("position()", "1"),
    ("count(/data/rep)", "3"),
    ("count(/data/missing)", "0"),
    ("position(/data/rep[2])", "2"),
    ("position(..)", "1"),
    ("position(/data/rep[3]/inner[2])", "2"),
    ("local-name(/data/orx:meta)", "meta"),
    ("name(/data/orx:meta)", "orx:meta"),
    ("name()", "age"),
    ("local-name()", "age"),
    ("name(/data/missing)", ""),
    ("namespace-uri(/data/name)", ""),
    # strings
    ("string(/data/age)", "20"),
    ("string()", "20"),
    ("string(1 div 0)", "Infinity"),
    ("string(true())", "true"),
    ("string(/data/missing)", ""),
    ("concat('a', 'b', 'c')", "abc"),
    ("concat('a')", "a"),
    ("concat()", ""),
    ("concat(/data/nums/n, '-', 1)", "123-1"),
    ("concat(/data/name, ' ', /data/age)", "Ana 20"),
    ("join(', ', /data/nums/n)", "1, 2, 3"),
    ("join('-', 'a', 'b', /data/rep/w)", "a-b-a-b-c"),
    ("join(' ')", ""),
    ("starts-with('hello', 'he')", "true"),
    ("starts-with('hello', '')", "true"),
    ("starts-with('hello', 'lo')", "false"),
    ("ends-with('hello', 'lo')", "true"),
    ("ends-with('hello', 'he')", "false"),
    ("contains('hello', 'ell')", "true"),
    ("contains('hello', 'z')", "false"),
    ("contains('', '')", "true"),
    ("substring-before('1999/04/01', '/')", "1999"),
    ("substring-before('abc', 'z')", ""),
    ("substring-after('1999/04/01', '/')", "04/01"),
    ("substring-after('1999/04/01', '19')", "99/04/01"),
    ("substring-after('abc', '')", "abc"),
    ("substring('12345', 2, 3)", "234"),
    ("substring('12345', 2)", "2345"),
    ("substring('12345', 1.5, 2.6)", "234"),
    ("substring('12345', 0, 3)", "12"),
    ("substring('12345', 0 div 0, 3)", ""),
    ("substring('12345', 1, 0 div 0)", ""),
    ("substring('12345', -42, 1 div 0)", "12345"),
    ("substring('12345', -1 div 0, 1 div 0)", ""),
    ("substring('12345', 5)", "5"),
    ("substring('12345', 6)", ""),
    ("substr('hello', 1)", "ello"),
    ("substr('hello', 1, 3)", "el"),
    ("substr('hello', 0, 5)", "hello"),
    ("substr('hello', 3, 1)", ""),
    ("substr('hello', -3)", "llo"),
    ("substr('hello', 0, -1)", "hell"),
    ("substr('hello', 2, 99)", "llo"),
    ("substr('', 0, 1)", ""),
    ("string-length('hello')", "5"),
    ("string-length('')", "0"),
    ("string-length()", "2"),
    ("string-length('héllo wörld')", "11"),
    ("normalize-space('  a   b \t c ')", "a b c"),
    ("normalize-space(/data/sp)", "a b"),
    ("normalize-space()", "20"),
    ("translate('bar', 'abc', 'ABC')", "BAr"),
    ("translate('--aaa--', 'abc-', 'ABC')", "AAA"),
    ("translate('aba', 'aa', 'xy')", "xbx"),
    ("string-length(uuid())", "36"),
    ("string-length(uuid(12))", "12"),
    ("substring(uuid(), 15, 1)", "4"),
    ("base64-decode('SGVsbG8sIHfDtnJsZCE=')", "Hello, wörld!"),
    ("base64-decode('not base64!')", ""),
    ("base64-decode('')", ""),
    # booleans
    ("boolean(1)", "true"),
    ("boolean(0)", "false"),
    ("boolean(0 div 0)", "false"),
    ("boolean('')", "false"),
    ("boolean('false')", "true"),
    ("boolean(/data/missing)", "false"),
    ("boolean(/data/empty)", "true"),
    ("not(true())", "false"),
    ("not('')", "true"),
    ("true()", "true"),
    ("false()", "false"),
    ("lang('en')", "false"),
    ("if(1 = 1, 'yes', 'no')", "yes"),
    ("if('', 'yes', 'no')", "no"),
    ("if(/data/age > 18, /data/name, 'minor')", "Ana"),
    ("if(true(), 1, 1 div 0) + 1", "2"),
    ("coalesce('', 'b')", "b"),
    ("coalesce('a', 'b')", "a"),
    ("coalesce(/data/empty, /data/name)", "Ana"),
    ("coalesce(/data/missing, '')", ""),
    ("once('first')", "20"),
    ("boolean-from-string('true')", "true"),
    ("boolean-from-string('TRUE')", "true"),
    ("boolean-from-string('1')", "true"),
    ("boolean-from-string('0')", "false"),
    ("boolean-from-string('yes')", "false"),
    ("boolean-from-string(/data/flag)", "true"),
    ("regex('abc', 'b')", "false"),  # a complete match, as JavaRosa
    ("regex('abc', '.*b.*')", "true"),
    ("regex('abc', '^b')", "false"),
    ("regex('0712345678', '^0[0-9]{9}$')", "true"),
    ("regex('071234567', '^0[0-9]{9}$')", "false"),
    ("regex('', '^$')", "true"),
    ("regex(/data/name, '^[A-Z][a-z]+$')", "true"),
    ("checklist(1, 2, 'a', '', 'b')", "true"),
    ("checklist(3, -1, 'a', '', 'b')", "false"),
    ("checklist(-1, 1, 1, 0, 0)", "true"),
    ("checklist(2, 2, /data/nums/n)", "false"),
    ("checklist(3, 3, /data/nums/n)", "true"),
    ("checklist(1, 1, 'true', 'false', '0')", "true"),
    ("weighted-checklist(3, 5, 'a', 2, '', 10, 1, 1)", "true"),
    ("weighted-checklist(0, 1, 'a', 2)", "false"),
    ("weighted-checklist(-1, 2, '', 5)", "true"),
    # numbers
    ("number('12')", "12"),
    ("number()", "20"),
    ("number(true())", "1"),
    ("number('')", "NaN"),
    ("number(' 12 ')", "12"),
    ("number('1e2')", "NaN"),
    ("number('2000-01-01')", "10957"),
    ("number(/data/dob)", "11016"),
    ("sum(/data/nums/n)", "6"),
    ("sum(/data/missing)", "0"),
    ("sum(/data/bad/n)", "NaN"),
    ("sum(/data/rep/v) div count(/data/rep)", "20"),
    ("floor(2.7)", "2"),
    ("floor(-2.5)", "-3"),
    ("floor(0 div 0)", "NaN"),
    ("ceiling(2.1)", "3"),
    ("ceiling(-2.5)", "-2"),
    ("ceiling(1 div 0)", "Infinity"),
    ("round(2.5)", "3"),
    ("round(-2.5)", "-2"),
    ("round(2.4)", "2"),
    ("round(-0.4)", "0"),
    ("round(0 div 0)", "NaN"),
    ("round(1.2345, 2)", "1.23"),
    ("round(1.235, 2)", "1.24"),
    ("round(-1.235, 2)", "-1.23"),
    ("round(-2.5, 0)", "-2"),
    ("round(2.5, 0)", "3"),
    ("round(1234.5678, -2)", "1200"),
    ("round(1250, -2)", "1300"),
    ("round(0.125, 2)", "0.13"),
    ("round(5, 1)", "5"),
    ("round(0 div 0, 2)", "NaN"),
    ("int(2.9)", "2"),
    ("int(-2.9)", "-2"),
    ("int('7.5')", "7"),
    ("int(0 div 0)", "NaN"),
    ("max(1, 5, 3)", "5"),
    ("max(/data/nums/n)", "3"),
    ("max(/data/nums/n, 10)", "10"),
    ("max(/data/missing)", "NaN"),
    ("max(/data/bad/n)", "NaN"),
    ("min(4, 2, 8)", "2"),
    ("min(/data/rep/v)", "10"),
    ("min(/data/nums/n, /data/rep/v)", "1"),
    ("min(/data/missing)", "NaN"),
    ("pow(2, 10)", "1024"),
    ("pow(2, 0.5)", "1.4142135623730951"),
    ("pow(0, -1)", "Infinity"),
    ("pow(-8, 1 div 3)", "NaN"),
    ("pow(10, 400)", "Infinity"),
    ("log(1)", "0"),
    ("log(0)", "-Infinity"),
    ("log(-1)", "NaN"),
    ("round(log(exp(2)), 10)", "2"),
    ("log10(1000)", "3"),
    ("log10(0)", "-Infinity"),
    ("abs(-3.5)", "3.5"),
    ("abs('x')", "NaN"),
    ("sin(0)", "0"),
    ("round(cos(pi()), 10)", "-1"),
    ("round(tan(pi() div 4), 10)", "1"),
    ("round(asin(1) * 2 div pi(), 10)", "1"),
    ("asin(2)", "NaN"),
    ("acos(1)", "0"),
    ("round(atan(1) * 4, 10)", "3.1415926536"),
    ("round(atan2(1, 1) * 4, 10)", "3.1415926536"),
    ("sqrt(16)", "4"),
    ("sqrt(-1)", "NaN"),
    ("exp(0)", "1"),
    ("exp(1000)", "Infinity"),
    ("exp10(2)", "100"),
    ("exp10(-2)", "0.01"),
    ("pi()", "3.141592653589793"),
    ("count-non-empty(/data/*)", "17"),
    ("count-non-empty(/data/missing)", "0"),
    ("random() >= 0 and random() < 1", "true"),
    # selects
    ("selected(/data/langs, 'fr')", "true"),
    ("selected(/data/langs, ' fr ')", "true"),
    ("selected(/data/langs, 'f')", "false"),
    ("selected('', '')", "false"),
    ("selected-at(/data/langs, 0)", "en"),
    ("selected-at(/data/langs, 2)", "de"),
    ("selected-at(/data/langs, 3)", ""),
    ("selected-at(/data/langs, -1)", ""),
    ("count-selected(/data/langs)", "3"),
    ("count-selected('')", "0"),
    ("count-selected('  a  ')", "1"),
    ("jr:choice-name('b', '/data/sel')", "Bee"),
    ("jr:choice-name(/data/sel, ' /data/sel ')", "Bee"),
    ("jr:choice-name('zz', '/data/sel')", ""),
    ("jr:choice-name('b', '/data/missing')", ""),
    ("jr:itext('hello')", "Hello"),
    ("jr:itext('q1:label')", "Question one"),
    ("jr:itext('nope')", ""),
    # instances, repeats
    ("instance('cities')/root/item[name = 'kla']/label", "Kampala"),
    ("count(instance('cities')/root/item[country = 'ke'])", "2"),
    ("instance('cities')/root/item[country = 'ug'][2]/label", "Entebbe"),
    ("count(instance('cities')//item)", "5"),
    ("current()", "20"),
    ("current()/../name", "Ana"),
    ("instance('cities')/root/item[name = current()/../sel]/label", ""),
    ("count(instance('cities')/root/item[string-length(name) = 3])", "5"),
    ("pulldata('cities', 'label', 'name', 'dar')", "Dar es Salaam"),
    ("pulldata('cities', 'country', 'label', 'Entebbe')", "ug"),
    ("pulldata('cities', 'label', 'name', 'xxx')", ""),
    ("indexed-repeat(/data/rep/v, /data/rep, 2)", "20"),
    ("indexed-repeat(/data/rep/w, /data/rep, 3)", "c"),
    ("indexed-repeat(/data/rep/v, /data/rep, 4)", ""),
    ("indexed-repeat(/data/rep/v, /data/rep, 0)", ""),
    ("indexed-repeat(/data/rep/inner/k, /data/rep, 3, /data/rep/inner, 2)", "2"),
    ("indexed-repeat(/data/rep/inner/k, /data/rep, 1, /data/rep/inner, 1)", ""),
    ("count(randomize(/data/nums/n))", "3"),
    ("sum(randomize(/data/nums/n, 5))", "6"),
    # geo (square of 1 degree at the equator, radius 6378100 m)
    ("area(/data/pts/p)", "12390941584.836643"),  # = JavaRosa
    ("area('0 0;0 1;1 1;1 0;0 0')", "12390941584.836643"),
    ("area('0 0;0 1')", "0"),
    ("area('0 0;0 x;1 1')", "NaN"),
    ("distance('0 0;0 1')", "111318.84502143922"),
    ("distance(/data/pts/p)", "333939.58023467875"),
    ("distance('0 0 100 5;1 0')", "111318.84502143922"),
    ("distance('0 0', '0 1')", "111318.84502143922"),
    ("distance('91 0;0 0')", "NaN"),
    ("distance('')", "0"),
    ("geofence('0.5 0.5', '0 0;0 1;1 1;1 0;0 0')", "true"),
    ("geofence('2 2', '0 0;0 1;1 1;1 0;0 0')", "false"),
    ("geofence('x', '0 0;0 1;1 1;1 0;0 0')", "false"),
    # form and device
    ("version()", "2024031001"),
    ("property('deviceid')", "dev-1"),
    ("property('username')", "enum1"),
    ("property('phonenumber')", ""),
]


@pytest.mark.parametrize(("expr", "expected"), CASES)
def test_function_values(world: World, expr: str, expected: str) -> None:
    assert world.string(expr) == expected


def test_once_keeps_an_existing_value(world: World) -> None:
    assert world.string("once(random())", at="/data/name") == "Ana"
    assert world.string("once('x')", at="/data/empty") == "x"
    assert world.string("once(1 + 1)", at="/data/empty") == "2"


def test_digest_matches_hashlib(world: World) -> None:
    data = "abc"
    for alg, name in (
        ("MD5", "md5"),
        ("SHA-1", "sha1"),
        ("SHA-256", "sha256"),
        ("SHA-384", "sha384"),
        ("SHA-512", "sha512"),
    ):
        raw = hashlib.new(name, data.encode()).digest()
        assert world.string(f"digest('{data}', '{alg}')") == base64.b64encode(raw).decode()
        assert (
            world.string(f"digest('{data}', '{alg}', 'base64')") == base64.b64encode(raw).decode()
        )
        assert world.string(f"digest('{data}', '{alg}', 'hex')") == raw.hex()


def test_uuid_is_v4_and_random(world: World) -> None:
    a, b = world.string("uuid()"), world.string("uuid()")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", a)
    assert a != b


# --- errors ----------------------------------------------------------------------------------
ARITY_ERRORS = [
    "last(1)",
    "position(1, 2)",
    "count()",
    "count(1, 2)",
    "string(1, 2)",
    "starts-with('a')",
    "ends-with('a', 'b', 'c')",
    "contains()",
    "substring('a')",
    "substring('a', 1, 2, 3)",
    "substr('a')",
    "translate('a', 'b')",
    "boolean()",
    "not()",
    "true(1)",
    "false(1)",
    "lang()",
    "if(1, 2)",
    "coalesce('a')",
    "coalesce('a', 'b', 'c')",
    "once()",
    "boolean-from-string()",
    "regex('a')",
    "checklist(1)",
    "weighted-checklist(1, 2, 3)",
    "number(1, 2)",
    "sum()",
    "floor()",
    "ceiling(1, 2)",
    "round()",
    "round(1, 2, 3)",
    "int()",
    "random(1)",
    "max()",
    "min()",
    "pow(1)",
    "log()",
    "log10(1, 2)",
    "abs()",
    "sin()",
    "atan2(1)",
    "cos()",
    "tan()",
    "asin()",
    "acos()",
    "atan()",
    "sqrt()",
    "exp()",
    "exp10()",
    "pi(1)",
    "count-non-empty()",
    "instance()",
    "current(1)",
    "randomize()",
    "randomize(/data/n, 1, 2)",
    "today(1)",
    "now(1)",
    "date()",
    "date-time()",
    "decimal-date-time()",
    "decimal-time()",
    "format-date('2020-01-01')",
    "format-date-time()",
    "selected('a')",
    "selected-at('a')",
    "count-selected()",
    "jr:choice-name('a')",
    "jr:itext()",
    "indexed-repeat(/a, /b)",
    "indexed-repeat(/a, /b, 1, /c)",
    "indexed-repeat(/a, /b, 1, /c, 1, /d, 1, /e, 1)",
    "area()",
    "distance()",
    "geofence('a')",
    "version(1)",
    "property()",
    "uuid(1, 2)",
    "digest('a')",
    "digest('a', 'b', 'c', 'd')",
    "base64-decode()",
    "join()",
    "pulldata('a', 'b', 'c')",
    "string-length('a', 'b')",
    "normalize-space('a', 'b')",
    "substring-before('a')",
    "substring-after('a')",
    "local-name(1, 2)",
    "name(1, 2)",
    "namespace-uri(1, 2)",
    "id()",
]


@pytest.mark.parametrize("expr", ARITY_ERRORS)
def test_wrong_arity_is_x102(expr: str) -> None:
    with pytest.raises(FieldappError) as err:
        compile_xpath(expr)
    assert err.value.code == "X102"
    name = expr.split("(")[0]
    assert err.value.params["name"] == name


def test_every_registered_function_has_an_arity_error_case() -> None:
    tested = {e.split("(")[0] for e in ARITY_ERRORS}
    untestable = {"concat"}  # accepts any number of arguments
    assert set(FUNCTIONS) - tested - untestable == set()


RUNTIME_ERRORS = [
    ("count(1)", "X105"),
    ("sum('a')", "X105"),
    ("position(/data/rep)", "X105"),
    ("id('x')", "X105"),
    ("instance('nope')/root", "X106"),
    ("pulldata('nope', 'a', 'b', 'c')", "X106"),
    ("digest('a', 'SHA-3')", "X105"),
    ("digest('a', 'MD5', 'base32')", "X105"),
    ("regex('a', '(')", "X104"),
    ("regex('a', '(a+)+$')", "X104"),
    ("(1 + 1)/x", "X105"),
    ("'a'[1]", "X105"),
    ("1 | /data/age", "X105"),
    ("count-non-empty('x')", "X105"),
    ("randomize('x')", "X105"),
    ("uuid(-1)", "X105"),
]


@pytest.mark.parametrize(("expr", "code"), RUNTIME_ERRORS)
def test_runtime_errors(world: World, expr: str, code: str) -> None:
    with pytest.raises(FieldappError) as err:
        world.value(expr)
    assert err.value.code == code
    assert err.value.location == expr  # the expression is named in the message


def test_math_results_are_floats(world: World) -> None:
    for expr in (
        "count(/data/rep)",
        "int(2.5)",
        "floor(1)",
        "string-length('a')",
        "sum(/data/nums/n)",
    ):
        value = world.value(expr)
        assert isinstance(value, float) and not isinstance(value, bool)
    assert math.isnan(world.value("number('x')"))  # type: ignore[arg-type]
