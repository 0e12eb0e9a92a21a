"""Problems found in the content, told to an editor in Indonesian with English alongside.

Each message names the file (under docs/), the line, the field, what is wrong and how
to fix it. All problems of a build are reported together.
"""
from __future__ import annotations

from dataclasses import dataclass

# message id -> (what is wrong, how to fix it), each as {"id": ..., "en": ...}.
# Placeholders are filled with str.format; keep both languages' placeholders the same.
MESSAGES = {
    "yaml": (
        {"id": "Front matter (bagian di antara dua baris ---) bukan YAML yang sah: {detail}.",
         "en": "The front matter (between the two --- lines) is not valid YAML: {detail}."},
        {"id": "Periksa titik dua, tanda kutip dan indentasi (spasi, bukan tab) di baris ini.",
         "en": "Check the colons, quotes and indentation (spaces, not tabs) on this line."},
    ),
    "missing_field": (
        {"id": "Kolom wajib `{field}` tidak ada.", "en": "The required field `{field}` is missing."},
        {"id": "Tambahkan baris `{field}: ...` ke front matter; lihat halaman lain yang sejenis ({kind}) sebagai contoh.",
         "en": "Add a line `{field}: ...` to the front matter; see another page of the same kind ({kind}) for an example."},
    ),
    "unknown_field": (
        {"id": "Kolom `{field}` tidak dikenal untuk halaman jenis {kind}.",
         "en": "The field `{field}` is not known for a page of kind {kind}."},
        {"id": "Periksa ejaannya, atau hapus kolom ini. Kolom yang dikenal: {allowed}.",
         "en": "Check its spelling, or remove it. Known fields: {allowed}."},
    ),
    "bad_value": (
        {"id": "Nilai `{value}` tidak sah untuk `{field}`: {detail}.",
         "en": "The value `{value}` is not valid for `{field}`: {detail}."},
        {"id": "Gunakan salah satu bentuk yang diizinkan: {expected}.",
         "en": "Use one of the allowed forms: {expected}."},
    ),
    "bad_date": (
        {"id": "Tanggal `{value}` di `{field}` tidak ada di kalender.",
         "en": "The date `{value}` in `{field}` does not exist."},
        {"id": "Tulis tanggal yang benar sebagai TTTT-BB-HH (misalnya 2024-02-22), atau hanya TTTT-BB atau TTTT bila sumber hanya menyebut bulan atau tahun.",
         "en": "Write a real date as YYYY-MM-DD (e.g. 2024-02-22), or only YYYY-MM or YYYY where the source gives only a month or a year."},
    ),
    "weekday_conflict": (
        {"id": "`date_as_written` menyebut hari {written}, tetapi {date} jatuh pada hari {actual}.",
         "en": "`date_as_written` names a {written_en}, but {date} fell on a {actual_en}."},
        {"id": "Jika sumber memang bertentangan, catat hari lain yang mungkin di `date_alternatives` (misalnya [{alternative}]); jika salah ketik, perbaiki `date`.",
         "en": "If the source really contradicts itself, record the other possible day in `date_alternatives` (e.g. [{alternative}]); if it is a typo, correct `date`."},
    ),
    "unknown_institution": (
        {"id": "Lembaga `{value}` di `{field}` tidak ada di data/institutions.yml.",
         "en": "The institution `{value}` in `{field}` is not in data/institutions.yml."},
        {"id": "Gunakan salah satu id: {allowed}; atau tambahkan lembaga baru ke data/institutions.yml.",
         "en": "Use one of the ids: {allowed}; or add the new institution to data/institutions.yml."},
    ),
    "unknown_page": (
        {"id": "Halaman `{value}` di `{field}` tidak ada di docs/.",
         "en": "The page `{value}` in `{field}` does not exist in docs/."},
        {"id": "Tulis jalur halaman versi Indonesia di bawah docs/, misalnya pertemuan/2024-02-22-dialog-kemensos.md.",
         "en": "Write the path of the Indonesian page under docs/, e.g. pertemuan/2024-02-22-dialog-kemensos.md."},
    ),
    "unknown_source_paragraph": (
        {"id": "Paragraf sumber `{value}` di `{field}` tidak ada.",
         "en": "The source paragraph `{value}` in `{field}` does not exist."},
        {"id": "Gunakan halaman sumber yang ada dan nomor paragraf 1 sampai {count}, misalnya sumber/dialog-kemensos-2024.md#p2.",
         "en": "Use an existing source page and a paragraph number from 1 to {count}, e.g. sumber/dialog-kemensos-2024.md#p2."},
    ),
    "languages_differ": (
        {"id": "`{field}` berbeda antara versi Indonesia ({value_id}) dan versi Inggris ({value_en}); kolom ini tidak bergantung pada bahasa.",
         "en": "`{field}` differs between the Indonesian ({value_id}) and English ({value_en}) versions; this field does not depend on language."},
        {"id": "Samakan nilainya di kedua berkas: {other}.",
         "en": "Make the value the same in both files: {other}."},
    ),
    "missing_translation": (
        {"id": "Halaman ini tidak punya pasangan dalam bahasa {language}: `{expected}` tidak ada.",
         "en": "This page has no counterpart in {language_en}: `{expected}` does not exist."},
        {"id": "Buat `{expected}` (perintah `python scripts/new_page.py` membuat kedua versi), atau hapus halaman ini.",
         "en": "Create `{expected}` (the command `python scripts/new_page.py` creates both versions), or remove this page."},
    ),
    "duplicate_id": (
        {"id": "id `{value}` sudah dipakai di {other}.", "en": "The id `{value}` is already used in {other}."},
        {"id": "Beri id yang unik.", "en": "Give it an id of its own."},
    ),
    "data_invalid": (
        {"id": "Isi `{field}` di berkas data ini tidak sah: {detail}.",
         "en": "`{field}` in this data file is not valid: {detail}."},
        {"id": "Bandingkan dengan entri lain di berkas yang sama; setiap entri perlu kolom {expected}.",
         "en": "Compare it with the other entries in the same file; every entry needs the fields {expected}."},
    ),
    "unknown_marker": (
        {"id": "Penanda `<!-- dossier:{value} -->` tidak dikenal.",
         "en": "The marker `<!-- dossier:{value} -->` is not known."},
        {"id": "Penanda yang dikenal: {allowed}.", "en": "Known markers: {allowed}."},
    ),
}


@dataclass
class Problem:
    path: str          # under `folder`
    line: int
    field: str
    message: str       # key of MESSAGES
    values: dict
    folder: str = "docs/"  # pages are under docs/; data files ("data/x.yml") set ""

    @property
    def file(self) -> str:
        """Path from the repository root, as an editor finds it."""
        return f"{self.folder}{self.path}"

    def render(self) -> str:
        what, fix = MESSAGES[self.message]
        values = {key: _short(value) for key, value in self.values.items()}
        field = f" `{self.field}`" if self.field else ""
        return (
            f"{self.file}:{self.line}:{field}\n"
            f"    [id] {what['id'].format(**values)} Perbaikan: {fix['id'].format(**values)}\n"
            f"    [en] {what['en'].format(**values)} Fix: {fix['en'].format(**values)}"
        )


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."


def report(problems: list[Problem]) -> str:
    """Every problem, sorted by file and line, under one bilingual heading."""
    problems = sorted(problems, key=lambda p: (p.file, p.line, p.field))
    count = len(problems)
    heading = (
        f"{count} masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki.\n"
        f"{count} problem(s) in the site's content; nothing is published until all are fixed."
    )
    return "\n\n".join([heading, *(p.render() for p in problems)])


def _escape_data(text: str) -> str:
    # GitHub's workflow-command escaping (runner's CommandExtensions): % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(problems: list[Problem]) -> str:
    """One `::error file=…,line=…::` workflow command per problem, so that GitHub Actions shows
    each on the offending line of the pull request's diff. Paths are from the repository root."""
    commands = []
    for problem in sorted(problems, key=lambda p: (p.file, p.line, p.field)):
        # render()'s first line is the location, which the annotation already carries.
        location, _, body = problem.render().partition("\n")
        message = "\n".join(line.lstrip(" ") for line in (body or location).split("\n"))
        properties = {"file": problem.file}
        if isinstance(problem.line, int) and problem.line > 0:
            properties["line"] = str(problem.line)
        title = "Masalah isi / Content problem" + (f": {problem.field}" if problem.field else "")
        properties["title"] = title
        joined = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
        commands.append(f"::error {joined}::{_escape_data(message)}")
    return "\n".join(commands)
