from built_site import load_hook

link_labels = load_hook("link_labels")

STRINGS = {"permalink_title": "Tautan ke bagian ini", "permalink_label": "Tautan ke bagian ini: {heading}"}


def test_source_paragraph_links_are_named_by_their_title():
    out = link_labels.label_links('<a href="../s/#p4" title="Sumber, paragraf 4">¶4</a>', STRINGS)
    assert out == '<a href="../s/#p4" title="Sumber, paragraf 4" aria-label="Sumber, paragraf 4">¶4</a>'


def test_permanent_links_say_which_section_in_the_page_language():
    heading = '<h2 id="yang-hadir">Yang <abbr title="x">hadir</abbr> &amp; lain<a class="headerlink" href="#yang-hadir" title="Permanent link">#</a></h2>'
    out = link_labels.label_links(heading, STRINGS)
    assert 'title="Tautan ke bagian ini"' in out
    assert 'aria-label="Tautan ke bagian ini: Yang hadir &amp; lain"' in out
    assert "Permanent link" not in out
