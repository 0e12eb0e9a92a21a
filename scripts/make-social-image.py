#!/usr/bin/env python3
"""Draw the site's sharing image (Open Graph / Twitter card): docs/assets/images/social-card.png.

1200x630, the size social networks show large. Run by hand when its wording changes; it needs
Pillow and the DejaVu fonts (Debian: fonts-dejavu-core), which the build itself does not:
    python3 -m venv /tmp/pil && /tmp/pil/bin/pip install pillow && /tmp/pil/bin/python scripts/make-social-image.py
The words are the site's own titles (mkdocs.yml, docs/index.md), in both languages.
"""
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
BACKGROUND = "#4527a0"  # Material's deep purple 800: white text on it passes WCAG AAA
ACCENT = "#d1c4e9"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
TARGET = Path(__file__).resolve().parents[1] / "docs" / "assets" / "images" / "social-card.png"


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def main() -> None:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = 80
    draw.rectangle([margin, 96, margin + 120, 104], fill=ACCENT)
    draw.text((margin, 130), "Komnas Perempuan", font=font("DejaVuSans-Bold.ttf", 40), fill=ACCENT)
    draw.multiline_text(
        (margin, 210), "Jaminan sosial bagi\npekerja rumahan",
        font=font("DejaVuSans-Bold.ttf", 72), fill="white", spacing=14,
    )
    draw.text(
        (margin, 410), "Social security for homeworkers",
        font=font("DejaVuSans.ttf", 40), fill="white",
    )
    draw.text(
        (margin, 520), "Dosier advokasi  ·  Advocacy dossier",
        font=font("DejaVuSans.ttf", 32), fill=ACCENT,
    )
    # A few colours are enough: a palette PNG keeps the file small.
    image.quantize(colors=16).save(TARGET, optimize=True)
    print(f"{TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
