"""dossier/views/tables.py: every data cell labelled with its column's header, for phones."""
from dossier.views import tables

TABLE = """<table>
<thead>
<tr>
<th>Ditujukan <abbr title="x">kepada</abbr> &amp; lain</th>
<th align="left">Sumber</th>
</tr>
</thead>
<tbody>
<tr>
<td><a href="kemensos/">Kementerian Sosial RI</a></td>
<td align="left"><a href="#p2">¶2</a></td>
</tr>
<tr>
<td>Kemnaker</td>
<td></td>
</tr>
</tbody>
</table>"""


def test_each_cell_is_labelled_with_its_columns_header_text():
    out = tables.label_cells("<p>x</p>\n" + TABLE)
    assert out.count('data-label="Ditujukan kepada &amp; lain"') == 2
    assert out.count('data-label="Sumber"') == 2
    assert '<td role="cell" align="left" data-label="Sumber"><a href="#p2">¶2</a></td>' in out
    assert out.startswith("<p>x</p>\n<table")


def test_table_keeps_its_semantics_as_aria_roles():
    out = tables.label_cells(TABLE)
    assert out.startswith('<table role="table">')
    assert out.count('role="rowgroup"') == 2 and out.count('role="row"') == 3
    assert out.count('role="columnheader"') == 2 and out.count('role="cell"') == 4
    assert '<th role="columnheader">Ditujukan <abbr title="x">kepada</abbr> &amp; lain</th>' in out


def test_labelling_twice_changes_nothing_and_tables_without_header_are_left_alone():
    once = tables.label_cells(TABLE)
    assert tables.label_cells(once) == once
    headless = "<table><tbody><tr><td>a</td></tr></tbody></table>"
    assert tables.label_cells(headless) == headless
    assert tables.label_cells("<p>no table</p>") == "<p>no table</p>"


def test_every_table_of_a_page_is_labelled_by_its_own_header():
    other = TABLE.replace("Sumber", "Surat")
    out = tables.label_cells(TABLE + "\n<p>x</p>\n" + other)
    assert out.count('data-label="Sumber"') == 2 and out.count('data-label="Surat"') == 2
