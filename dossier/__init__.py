"""Pure functions behind the MkDocs hooks: load, check and render the dossier.

Nothing here imports MkDocs, so tests can call every function directly.
The hooks in the folder above are thin adapters from MkDocs events to these.
"""

# The engine-free package is moving to the top-level dossier/ folder; until it has, modules
# already there (dossier/search.py) are found as part of this package too.
from pathlib import Path as _Path

__path__.append(str(_Path(__file__).resolve().parents[2] / "dossier"))
