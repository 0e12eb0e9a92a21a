"""dossier/checks/raw_html.py: nothing in a page runs script or makes the reader's browser contact another host."""
from __future__ import annotations

import pytest

from dossier.checks import raw_html


def messages(body):
    return [(p.message, p.line) for p in raw_html.body_problems("x.md", body, 10)]


@pytest.mark.parametrize("body, message", [
    ('<script>alert(1)</script>', "active_content"),
    ('<script src="https://example.org/a.js"></script>', "active_content"),
    ('<iframe src="https://www.youtube.com/embed/x"></iframe>', "active_content"),
    ('<object data="x.swf"></object>', "active_content"),
    ('<embed src="x.swf">', "active_content"),
    ('<span onclick="go()">x</span>', "active_content"),
    ('<img src="a.png" onerror="go()">', "active_content"),
    ('<a href="javascript:go()">x</a>', "active_content"),
    ('<img src="https://example.org/a.jpg">', "external_resource"),
    ('<img src="//example.org/a.jpg">', "external_resource"),
    ('<img srcset="a.png 1x, https://cdn.example/a2.png 2x">', "external_resource"),
    ('<video poster="https://example.org/p.jpg"></video>', "external_resource"),
    ('<div style="background: url(https://example.org/bg.png)">x</div>', "external_resource"),
    ('![photo](https://example.org/a.jpg)', "external_resource"),
    # Elements that take the page over, refused whatever they load (once: removing them removes that too).
    ('<meta http-equiv="refresh" content="0;url=https://example.org/">', "active_content"),
    ('<base href="https://example.org/">', "active_content"),
    ('<form action="https://example.org/kirim"><input name="nama"></form>', "active_content"),
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css">', "active_content"),
    ('<link rel="stylesheet" href="../gaya.css">', "active_content"),
    ('<style>@import "https://example.org/x.css";</style>', "active_content"),
    ('<style>.md-content { display: none }</style>', "active_content"),
    # Script addresses in Markdown links (inline, reference lines, images), however they are spelt.
    ('[klik](javascript:alert(1))', "active_content"),
    ('[klik]( JavaScript:alert(1) )', "active_content"),
    ('[klik](java&#115;cript:alert(1))', "active_content"),
    ('[klik](<vbscript:msgbox(1)>)', "active_content"),
    ('[klik](data:text/html;base64,PHNjcmlwdD4=)', "active_content"),
    ('![x](javascript:alert(1))', "active_content"),
    ('[x]: javascript:alert(1)', "active_content"),
    ('<a href="java\tscript:go()">x</a>', "active_content"),
    ('<a href="data:text/html,x">x</a>', "active_content"),
])
def test_reported(body, message):
    assert messages(f"Text.\n\n{body}\n") == [(message, 12)]


@pytest.mark.parametrize("body", [
    '<a href="https://example.org">a plain link to another site</a>',
    '[a plain link](https://example.org)',
    '<https://online.example.org> and <nama@example.org>',
    '<img src="../gambar/foto.jpg" alt="local">',
    '![local](foto.jpg)',
    '<img src="data:image/png;base64,AAAA" alt="inline">',
    '![inline](data:image/png;base64,AAAA)',
    '[a page](data-sources.md) and [b](metadata.md#data:x)',
    '<div markdown id="x" class="y">text</div>',
    '<abbr title="Badan Pusat Statistik">BPS</abbr>',
    'Code: `<script src="https://example.org/a.js"></script>`',
    'Code: `[klik](javascript:alert(1))` and `<style>x</style>`',
    '```html\n<meta http-equiv="refresh" content="0">\n<form></form>\n```',
    '```html\n<iframe src="https://example.org"></iframe>\n```',
    '<!-- <script>commented out</script> -->',
    'a < b and c > d, once upon a time',
])
def test_allowed(body):
    assert messages(body) == []


def test_each_element_is_reported_once_with_its_line():
    body = 'one\n<iframe src="https://example.org" onload="x()"></iframe>\nthree\n<img src="https://a.example/x.png">\n'
    found = raw_html.body_problems("p.md", body, 5)
    assert [(p.message, p.line, p.values.get("host")) for p in found] == [
        ("active_content", 6, None), ("active_content", 6, None), ("external_resource", 8, "a.example")]


@pytest.mark.parametrize("body, words", [
    ('<script>x()</script>', "runs script"),
    ('<iframe src="x.html"></iframe>', "embeds another page"),
    ('<meta http-equiv="refresh" content="0;url=https://example.org/">', "send readers to another address"),
    ('<base href="https://example.org/">', "where every link"),
    ('<form action="https://example.org/"></form>', "what readers type"),
    ('<link rel="stylesheet" href="x.css">', "hide or change"),
    ('<style>h1 { color: red }</style>', "hide or change the page for every reader"),
    ('[klik](javascript:alert(1))', "`[...](javascript:alert(1))` runs script"),
    ('[klik](data:text/html,x)', "written into the address itself"),
])
def test_each_refusal_says_why_in_both_languages(body, words):
    (problem,) = raw_html.body_problems("x.md", body, 1)
    english, indonesian = problem.text("en")[1], problem.text("id")[1]
    assert words in english, english
    assert problem.values["why"] in indonesian and problem.values["why"] != problem.values["why_en"]
