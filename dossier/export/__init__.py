"""Export: the dossier as published files (JSON with its schema, Atom feed, the published-address registry)."""
