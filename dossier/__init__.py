"""Pure functions behind the MkDocs hooks: load, check and render the dossier.

Nothing here imports MkDocs, so tests can call every function directly.
The hooks in the folder above are thin adapters from MkDocs events to these.
"""
