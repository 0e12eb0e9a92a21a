"""The dossier's engine-free code: nothing here imports MkDocs, Material or static-i18n."""
