"""Writes each synthetic held-out invoice as HTML and prints it to PDF with headless Chromium."""
import os, subprocess, sys
import heldout_docs
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for d in heldout_docs.DOCS:
    base = os.path.splitext(d["file"])[0]
    html = os.path.join(out, base + ".html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(d["html"])
    pdf = os.path.join(out, base + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, "file://" + os.path.abspath(html)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(pdf, os.path.getsize(pdf))
