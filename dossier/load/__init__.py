"""Load: the pages' front matter and data/ as a Dossier, with the file and line of every field."""
from .model import DATA_FILES, MARKER, Dossier, LoadProblem, load  # noqa: F401
