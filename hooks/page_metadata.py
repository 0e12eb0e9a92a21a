"""Hook: what overrides/partials/head-metadata.html prints about each page.

Open Graph, Twitter card and citation_* values (dossier/metadata.py) go into the template
context as `dossier_meta`; Material's own hreflang links are made absolute after rendering.
"""
from dossier import metadata, model

SOCIAL_IMAGE = "assets/images/social-card.png"  # made by scripts/make-social-image.py


def on_page_context(context, page, config, nav):
    alternates = {
        lang: alternate.url for lang, alternate in (getattr(page.file, "alternates", None) or {}).items()
    }
    context["dossier_meta"] = metadata.page_metadata(
        meta=page.meta,
        title=page.title,
        lang=config.extra["ui_language"],
        url=page.canonical_url,
        alternates=alternates or {config.extra["ui_language"]: page.url},
        site_url=config.site_url,
        is_home=model.page_and_language(page.file.src_uri)[0] == "index.md",
        build_date=context["build_date_utc"].date(),
        image_path=SOCIAL_IMAGE,
        strings=config.extra["ui"],
    )
    return context


def on_post_page(output, page, config):
    return metadata.absolutize_alternates(output, page.canonical_url)
