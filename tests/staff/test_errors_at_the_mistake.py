"""Mistakes committed as a pull request commits them, in a repository of the test's own: the report's
first line is the file and line of the mistake, in plain words, and the fix follows in both languages."""
from __future__ import annotations

import subprocess
import sys

from staff_helpers import PROJECT, commit, edit, git_project

MEETING = "docs/pertemuan/2024-02-22-dialog-kemensos.md"
MEETING_EN = "docs/pertemuan/2024-02-22-dialog-kemensos.en.md"
DATE = 'date: "2024-02-22"'


def report(root) -> list[str]:
    """The lines of the report `python -m dossier check` prints (the build prints the same)."""
    result = subprocess.run([sys.executable, "-m", "dossier", "--project", str(root), "check"],
                            cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    return result.stderr.splitlines()


def line_of(root, path: str, text: str) -> int:
    return 1 + (root / path).read_text(encoding="utf-8").splitlines().index(text)


def test_an_unclosed_quote_is_reported_on_the_line_where_the_quote_opens(tmp_path):
    root = git_project(tmp_path / "project")
    title = "title: Dialog dengan Kementerian Sosial, Februari 2024"
    edit(root, MEETING, title + "\n", title.replace(": ", ': "', 1) + "\n")
    commit(root, "Judul dalam tanda kutip")
    first, indonesian, english, *rest = report(root)
    assert first == f"{MEETING}:4: Tanda kutip tidak ditutup / A quote is not closed [unclosed_quote]"
    assert indonesian.strip().startswith('[id] Tanda kutip `"` dibuka di baris ini tetapi tidak ditutup: '
                                         '`title: "Dialog dengan Kementerian Sosial, Februari 2024`')
    assert 'Perbaikan: Tutup nilainya dengan tanda kutip yang sama di akhir baris: ' \
           '`title: "Dialog dengan Kementerian Sosial, Februari 2024"`' in indonesian
    assert english.strip().startswith('[en] The quote `"` opened on this line is not closed')
    assert "expected key" not in "\n".join([first, indonesian, english, *rest])


def test_a_date_written_day_first_in_the_indonesian_file_is_reported_there(tmp_path):
    """Not against the English file, which nobody touched, and in words, with the forms allowed."""
    root = git_project(tmp_path / "project")
    edit(root, MEETING, DATE, "date: 22-02-2024")
    commit(root, "Tanggal")
    lines = report(root)
    line = line_of(root, MEETING, "date: 22-02-2024")
    assert lines[0] == f"{MEETING}:{line}: `date`: Nilai tidak sah / A value that is not valid [bad_value]"
    assert 'Tulis tanggal setepat sumber, dalam tanda kutip: tahun-bulan-hari untuk hari ("2024-02-22")' in lines[1]
    assert 'Write the date as precisely as the source gives it, in quotes: year-month-day for a day' in lines[2]
    assert "oneOf" not in "\n".join(lines) and "TTTT" not in lines[2]
    # The English date now differs too: that only follows from this mistake, and is folded under it.
    assert lines[3].strip().startswith("(+1) [id] 1 masalah lain timbul dari masalah ini")
    assert lines[-1].startswith("1 problem(s) in the site's content")
    assert not [entry for entry in lines if entry.startswith(MEETING_EN)]


def test_a_date_changed_in_the_english_file_only_is_reported_on_that_file(tmp_path):
    root = git_project(tmp_path / "project")
    edit(root, MEETING_EN, DATE, 'date: "2024-02-23"')
    commit(root, "Date")
    lines = report(root)
    line = line_of(root, MEETING_EN, 'date: "2024-02-23"')
    assert lines[0] == (f"{MEETING_EN}:{line}: `date`: Kedua versi halaman berbeda / "
                        "The two versions of the page differ [languages_differ]")
    other = line_of(root, MEETING, DATE)
    assert f'`date` di berkas ini ("2024-02-23") berbeda dari versi bahasa lainnya, {MEETING} ("2024-02-22")' in lines[1]
    assert f"that is in this file and in {MEETING} on line {other}" in lines[2]


def test_a_date_changed_in_the_indonesian_file_only_is_reported_on_that_file(tmp_path):
    root = git_project(tmp_path / "project")
    edit(root, MEETING, DATE, 'date: "2024-02-23"')
    commit(root, "Tanggal")
    first, indonesian = report(root)[:2]
    line = line_of(root, MEETING, 'date: "2024-02-23"')
    assert first.startswith(f"{MEETING}:{line}: `date`: Kedua versi") and MEETING_EN in indonesian


def test_the_same_edit_uncommitted_is_reported_on_the_file_being_edited(tmp_path):
    """Under ./scripts/serve, before any commit: the file being edited is the one that changed."""
    root = git_project(tmp_path / "project")
    edit(root, MEETING_EN, DATE, 'date: "2024-02-23"')
    assert report(root)[0].startswith(f"{MEETING_EN}:")


def test_a_deleted_opening_line_is_the_one_problem(tmp_path):
    """Without its first ---, nothing of a page's top can be read: the missing line is told, not the
    fields that then seem missing, nor the differences from the other language's version."""
    root = git_project(tmp_path / "project")
    edit(root, MEETING, "---\nkind: meeting\n", "kind: meeting\n")
    commit(root, "Tanpa baris pembuka")
    lines = report(root)
    assert lines[0] == f"{MEETING}:1: Baris --- pembuka tidak ada / The opening --- line is missing [missing_top]"
    assert "Tambahkan baris --- sebagai baris pertama berkas, di atas `kind: meeting`" in lines[1]
    assert lines[-1].startswith("1 problem(s) in the site's content")


def test_a_misspelt_field_is_told_as_the_misspelling_with_the_name_meant(tmp_path):
    """Not as the required field it leaves missing (line 2), nor as the languages' difference."""
    root = git_project(tmp_path / "project")
    edit(root, MEETING, "\n" + DATE, "\n" + DATE.replace("date:", "dates:"))
    commit(root, "Tanggal")
    lines = report(root)
    line = line_of(root, MEETING, DATE.replace("date:", "dates:"))
    assert lines[0] == f"{MEETING}:{line}: `dates`: Nama kolom salah ketik / A field name misspelt [misspelt_field]"
    assert "Ganti nama kolom di baris ini menjadi `date`, nilainya tetap." in lines[1]
    assert lines[3].strip().startswith("(+3) [id] 3 masalah lain timbul dari masalah ini")
    assert lines[-1].startswith("1 problem(s) in the site's content")


def test_an_institution_written_with_a_capital_is_one_problem_with_the_id_meant(tmp_path):
    """"Kemensos" is malformed, unknown, and makes the versions differ: one mistake, told as the
    unknown name with the id it may mean, on the Indonesian file first."""
    root = git_project(tmp_path / "project")
    step = "docs/tindak-lanjut/koordinasi-kementerian-lembaga"
    for path in (f"{step}.md", f"{step}.en.md"):
        edit(root, path, "owners: [kemensos", "owners: [Kemensos")
    commit(root, "Pemilik langkah")
    lines = report(root)
    assert lines[0].startswith(f"{step}.md:") and "[unknown_institution]" in lines[0]
    assert "Maksud Anda `kemensos`?" in lines[1] and "Did you mean `kemensos`?" in lines[2]
    assert lines[-1].startswith("1 problem(s) in the site's content")


def test_a_field_missing_in_an_item_of_a_list_is_told_once_in_that_item(tmp_path):
    root = git_project(tmp_path / "project")
    item = "raised:\n  - summary: Hal baru\n    source: sumber/dialog-kemensos-2024.md#p2\n"  # no id, no institutions
    edit(root, MEETING, "raised:\n", item)
    edit(root, MEETING_EN, "raised:\n", item.replace("Hal baru", "A new point"))
    commit(root, "Hal yang didorong")
    heads = [line for line in report(root) if line.startswith("docs/")]
    line = line_of(root, MEETING, "  - summary: Hal baru")
    assert heads == [f"{file}:{line}: `raised #1 › {field}`: Kolom wajib tidak ada pada item daftar / "
                     "A required field is missing in an item of a list [missing_item_field]"
                     for file in (MEETING, MEETING_EN) for field in ("id", "institutions")]
