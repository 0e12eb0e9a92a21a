from built_site import load_hook

page_heading = load_hook("page_heading")


def test_title_becomes_the_h1_when_the_page_has_none():
    assert page_heading.heading_markdown("Text.\n", "Jaminan sosial") == "# Jaminan sosial\n\nText.\n"


def test_a_page_with_its_own_h1_keeps_it():
    assert page_heading.heading_markdown("# Own\n\nText.", "Title") == "# Own\n\nText."
    assert page_heading.heading_markdown("Text.", None) == "Text."
