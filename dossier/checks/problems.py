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
        {"id": "Buat `{expected}` (perintah `./scripts/dossier new` membuat kedua versi), atau hapus halaman ini.",
         "en": "Create `{expected}` (the command `./scripts/dossier new` creates both versions), or remove this page."},
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
    # ------------------------------------------------ page bodies (links.py, raw_html.py, assets.py, urls.py)
    "link_missing_page": (
        {"id": "Tautan `{target}` menunjuk ke `{resolved}`, yang tidak ada di docs/.",
         "en": "The link `{target}` points to `{resolved}`, which does not exist in docs/."},
        {"id": "Periksa ejaan jalurnya. Jalur ditulis relatif terhadap halaman ini (../ naik satu folder), "
               "dan selalu ke berkas versi Indonesia tanpa .en, misalnya ../pertemuan/2024-02-22-dialog-kemensos.md; "
               "versi Inggris dipilih otomatis.",
         "en": "Check the spelling of the path. Paths are relative to this page (../ goes up one folder) "
               "and always name the Indonesian file, without .en, e.g. ../pertemuan/2024-02-22-dialog-kemensos.md; "
               "the English version is picked automatically."},
    ),
    "link_missing_anchor": (
        {"id": "Tautan `{target}`: bagian `#{anchor}` tidak ada di `{resolved}`.",
         "en": "The link `{target}`: the section `#{anchor}` does not exist in `{resolved}`."},
        {"id": "Gunakan salah satu jangkar halaman itu: {allowed}. Jangkar judul bagian ditulis di ujung judul, "
               "misalnya `## Hasil {{#hasil}}`.",
         "en": "Use one of that page's anchors: {allowed}. A heading's anchor is written at the end of the heading, "
               "e.g. `## Outcome {{#hasil}}`."},
    ),
    "link_absolute": (
        {"id": "Tautan `{target}` diawali garis miring (/), jadi rusak bila situs tidak berada di akar domain.",
         "en": "The link `{target}` starts with a slash (/), so it breaks when the site is not at the root of its domain."},
        {"id": "Tulis jalur relatif ke berkas Markdown-nya, misalnya ../linimasa.md alih-alih /linimasa/.",
         "en": "Write a relative path to the Markdown file, e.g. ../linimasa.md instead of /linimasa/."},
    ),
    "active_content": (
        {"id": "HTML `{tag}` menjalankan skrip atau menyematkan halaman lain ({detail}); situs ini tidak memuatnya.",
         "en": "The HTML `{tag}` runs script or embeds another page ({detail}); this site does not allow it."},
        {"id": "Hapus HTML ini. Untuk menunjuk ke halaman atau video di situs lain, tulis tautan biasa: "
               "[judul](https://...).",
         "en": "Remove this HTML. To point to a page or video on another site, write a plain link: "
               "[title](https://...)."},
    ),
    "external_resource": (
        {"id": "`{value}` dimuat dari situs lain ({host}); browser pembaca akan menghubungi situs itu.",
         "en": "`{value}` is loaded from another site ({host}); readers' browsers would contact that site."},
        {"id": "Unduh berkasnya, simpan di docs/ (misalnya docs/gambar/), lalu tautkan dengan jalur relatif: "
               "![keterangan](../gambar/nama.jpg). Tautan biasa [judul](https://...) ke situs lain tetap boleh.",
         "en": "Download the file, save it in docs/ (e.g. docs/gambar/), then use a relative path: "
               "![description](../gambar/name.jpg). A plain link [title](https://...) to another site is fine."},
    ),
    "image_too_large": (
        {"id": "Gambar `{image}` berukuran {size} KB, melebihi batas {budget} KB per gambar.",
         "en": "The image `{image}` is {size} KB, over the budget of {budget} KB per image."},
        {"id": "Perkecil gambarnya: lebar paling banyak 1600 piksel, simpan sebagai JPEG (kualitas 80) untuk foto "
               "atau PNG/SVG untuk bagan, lalu unggah ulang dengan nama yang sama.",
         "en": "Make it smaller: at most 1600 pixels wide, saved as JPEG (quality 80) for photos or PNG/SVG "
               "for charts, then upload it again under the same name."},
    ),
    "duplicate_url": (
        {"id": "Halaman ini dan `{other}` sama-sama akan diterbitkan di alamat /{url}; salah satunya akan hilang.",
         "en": "This page and `{other}` would both be published at /{url}; one of them would be lost."},
        {"id": "Ganti nama atau pindahkan salah satu berkas (x.md dan x/index.md memberi alamat yang sama), "
               "dan perbarui tautan ke sana.",
         "en": "Rename or move one of the files (x.md and x/index.md give the same address), "
               "and update the links to it."},
    ),
    "not_in_nav": (
        {"id": "Halaman ini tidak ada di navigasi situs (`nav` di mkdocs.yml), jadi pembaca tidak dapat menemukannya.",
         "en": "This page is not in the site's navigation (`nav` in mkdocs.yml), so readers cannot find it."},
        {"id": "Tambahkan baris `- {page}` di bagian `{section}` pada `nav` di mkdocs.yml (hanya berkas Indonesia; "
               "versi Inggris mengikuti). `./scripts/dossier new` melakukannya sendiri.",
         "en": "Add a line `- {page}` to the `{section}` part of `nav` in mkdocs.yml (the Indonesian file only; "
               "the English version follows). `./scripts/dossier new` does it for you."},
    ),
    "placeholder": (
        {"id": "Masih ada isian sementara TODO: {text}",
         "en": "A TODO placeholder is still here: {text}"},
        {"id": "Ganti seluruh teks TODO dengan isi yang sebenarnya, sesuai sumber, lalu simpan.",
         "en": "Replace the whole TODO text with the real content, as the source gives it, then save."},
    ),
    "translation_not_recorded": (
        {"id": "Halaman Inggris ini tidak mencatat versi halaman Indonesia (`{original}`) yang diterjemahkannya.",
         "en": "This English page does not record which version of its Indonesian page (`{original}`) it translates."},
        {"id": "Bila terjemahan ini sudah sesuai dengan halaman Indonesia sekarang, tambahkan baris "
               "`translation_of: \"{value}\"` ke front matter, atau jalankan "
               "`python3 scripts/translation_status.py --update {page}`.",
         "en": "If this translation matches the Indonesian page as it is now, add the line "
               "`translation_of: \"{value}\"` to the front matter, or run "
               "`python3 scripts/translation_status.py --update {page}`."},
    ),
    "translation_of_on_original": (
        {"id": "`translation_of` hanya dipakai di halaman bahasa Inggris; halaman Indonesia adalah aslinya.",
         "en": "`translation_of` belongs on English pages only; the Indonesian page is the original."},
        {"id": "Hapus baris `translation_of` dari halaman ini.",
         "en": "Remove the `translation_of` line from this page."},
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
    follows_from: str = ""  # a file whose own problem causes this one (then reported under it)

    @property
    def file(self) -> str:
        """Path from the repository root, as an editor finds it."""
        return f"{self.folder}{self.path}"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file  # line 0: whole file

    def render(self) -> str:
        what, fix = MESSAGES[self.message]
        values = {key: _short(value) for key, value in self.values.items()}
        field = f" `{self.field}`" if self.field else ""
        return (  # [key]: the message's name, to look up in CONTRIBUTING.md
            f"{self.where}:{field} [{self.message}]\n"
            f"    [id] {what['id'].format(**values)} Perbaikan: {fix['id'].format(**values)}\n"
            f"    [en] {what['en'].format(**values)} Fix: {fix['en'].format(**values)}"
        )


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."


# Problems that leave a whole file unread: whatever else goes wrong there may follow from them.
CAUSES = ("yaml", "data_invalid")
# The same unknown name in many places is one missing record (or one typo copied): report it once.
REPEATABLE = ("unknown_institution", "unknown_page", "unknown_source_paragraph")


def arrange(problems: list[Problem]) -> list[tuple[Problem, list[Problem]]]:
    """Each problem to fix, with the problems that only follow from it; causes first.

    A problem marked follows_from a file goes under that file's first cause; the second and
    later uses of one unknown name go under the first. The rest, by file and line.
    """
    ordered = sorted(problems, key=lambda p: (p.message not in CAUSES, p.file, p.line, p.field))
    heads: list[tuple[Problem, list[Problem]]] = []
    by_cause_file: dict[str, list[Problem]] = {}
    by_name: dict[tuple, list[Problem]] = {}
    for problem in ordered:
        if problem.message in CAUSES:
            followers: list[Problem] = []
            heads.append((problem, followers))
            by_cause_file.setdefault(problem.file, followers)
            continue
        if problem.follows_from in by_cause_file:
            by_cause_file[problem.follows_from].append(problem)
            continue
        name = (problem.message, str(problem.values.get("value"))) if problem.message in REPEATABLE else None
        if name in by_name:
            by_name[name].append(problem)
            continue
        followers = []
        heads.append((problem, followers))
        if name:
            by_name[name] = followers
    return heads


def _followers_line(followers: list[Problem]) -> str:
    places = ", ".join(p.where for p in followers[:8]) + (", ..." if len(followers) > 8 else "")
    n = len(followers)
    return (f"    (+{n}) [id] {n} masalah lain timbul dari masalah ini dan hilang setelah ini diperbaiki: {places}\n"
            f"    (+{n}) [en] {n} more problem(s) follow from this one and go once it is fixed: {places}")


def report(problems: list[Problem]) -> str:
    """Every problem under one bilingual heading: the one to fix first comes first."""
    arranged = arrange(problems)
    count = len(arranged)
    heading = (
        f"{count} masalah di isi situs; tidak ada yang diterbitkan sampai semuanya diperbaiki.\n"
        f"{count} problem(s) in the site's content; nothing is published until all are fixed."
    )
    blocks = [head.render() + (f"\n{_followers_line(followers)}" if followers else "")
              for head, followers in arranged]
    return "\n\n".join([heading, *blocks])


def _escape_data(text: str) -> str:
    # GitHub's workflow-command escaping (runner's CommandExtensions): % first, then line breaks.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(problems: list[Problem]) -> str:
    """One `::error file=…,line=…::` workflow command per problem, so that GitHub Actions shows
    each on the offending line of the pull request's diff. Paths are from the repository root."""
    commands = []
    for problem, followers in arrange(problems):
        # render()'s first line is the location, which the annotation already carries.
        location, _, body = problem.render().partition("\n")
        if followers:
            body += "\n" + _followers_line(followers)
        message = "\n".join(line.lstrip(" ") for line in (body or location).split("\n"))
        properties = {"file": problem.file}
        if isinstance(problem.line, int) and problem.line > 0:
            properties["line"] = str(problem.line)
        title = "Masalah isi / Content problem" + (f": {problem.field}" if problem.field else "")
        properties["title"] = title
        joined = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
        commands.append(f"::error {joined}::{_escape_data(message)}")
    return "\n".join(commands)


def dotted(path) -> str:
    """A field's path as an editor reads it: ("recommendations", 0, "id") -> recommendations[0].id."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
