"""Sanity check: every expected value of a text PDF shows up in its text layer (in some usual notation)."""
import json, subprocess, sys, re, os
from decimal import Decimal
data = json.load(open(sys.argv[1]))
folder = sys.argv[2]
def variants(v):
    d = Decimal(v)
    s = f"{d:.2f}"; ent, dec = s.split(".")
    g = "{:,}".format(int(ent))
    out = {s, g + "." + dec, g.replace(",", " ") + "," + dec, g.replace(",", "\u00a0") + "," + dec,
           g.replace(",", "\u202f") + "," + dec, g.replace(",", ".") + "," + dec, ent + "," + dec}
    return out
bad = 0
for name, e in data["invoices"].items():
    p = os.path.join(folder, name)
    if not name.endswith(".pdf") or e["category"] == "scan":
        continue
    text = subprocess.run(["pdftotext", "-raw", p, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    for k, v in e["fields"].items():
        if k.endswith("Amount") or k == "amountDue":
            ok = any(x in text for x in variants(v))
        elif k in ("issueDate", "dueDate"):
            y, m, d = v.split("-")
            ok = any(x in text for x in [v, f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{d}/{m}/{y[2:]}", f"{int(d)}/{int(m)}/{y}"]) or y in text
        elif k == "currency":
            ok = True
        elif k.endswith("Id"):
            ok = re.sub(r"[^0-9A-Za-z]", "", v) in re.sub(r"[^0-9A-Za-z]", "", text)
        else:
            ok = v.split()[0].lower() in flat.lower() or v in flat
        if not ok:
            bad += 1
            print("NOT FOUND", name, k, v)
print("problems:", bad)
