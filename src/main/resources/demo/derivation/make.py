"""Writes the bundled sample case of `java -jar bordereau.jar demo` (fictional parties, CC0).
Not run by the build: the outputs in ../files are committed. Needs python3, chromium, ImageMagick.
    python3 make.py
"""
import os, subprocess, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
WORK = "/tmp/bordereau-demo"
os.makedirs(OUT, exist_ok=True); os.makedirs(WORK, exist_ok=True)

SELLER = dict(name="Atlas Matériaux SARL", addr="12, boulevard Zerktouni, 20000 Casablanca",
              ice="001561191000066", rc="RC Casablanca 412345", if_="IF 1234567", tel="+212 522 00 00 00")
BUYER = dict(name="Riad Construction SARL", addr="5, rue Oued Fès, 10000 Rabat", ice="002345678000031")

CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:11pt;margin:18mm;color:#111}
h1{font-size:18pt;margin:0 0 6mm} table{border-collapse:collapse;width:100%} td,th{border:1px solid #888;padding:4px 6px}
th{background:#eee} .r{text-align:right} .small{font-size:9pt;color:#444} .box{border:1px solid #444;padding:6px;margin:4mm 0}"""

def page(title, body):
    return f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>"

def seller_block():
    s = SELLER
    return f"<div><b>{s['name']}</b><br>{s['addr']}<br>ICE : {s['ice']} — {s['rc']} — {s['if_']}<br>Tél. {s['tel']}</div>"

def invoice(no, date, due, lines, prepaid=None):
    rows = "".join(f"<tr><td>{d}</td><td class=r>{q}</td><td class=r>{u}</td><td class=r>{t}</td></tr>" for d, q, u, t in lines)
    b = BUYER
    return page(f"Facture {no}", f"""{seller_block()}
<div class=box style="margin-left:90mm"><b>{b['name']}</b><br>{b['addr']}<br>ICE : {b['ice']}</div>
<h1>Facture N° {no}</h1>
<p>Date de facture : {date}<br>Date d'échéance : {due}<br>Conditions : virement à 30 jours, contrat cadre du 06/01/2025</p>
<table><tr><th>Désignation</th><th>Qté</th><th>P.U. HT</th><th>Total HT</th></tr>{rows}</table>
<table style="width:45%;margin:5mm 0 0 auto">{prepaid or ''}</table>
<p class=small>Pénalités de retard : taux directeur de Bank Al-Maghrib majoré de 7 points (loi 15-95, art. 78-3, loi 69-21).</p>""")

def totals(ht, tva, ttc):
    return f"<tr><td>Montant HT</td><td class=r>{ht} DH</td></tr><tr><td>TVA 20 %</td><td class=r>{tva} DH</td></tr><tr><td><b>Total TTC</b></td><td class=r><b>{ttc} DH</b></td></tr><tr><td><b>Net à payer</b></td><td class=r><b>{ttc} DH</b></td></tr>"

DOCS = {
 "2025-01-06 Contrat cadre de fourniture.pdf": page("Contrat cadre de fourniture", f"""<h1>Contrat cadre de fourniture de matériaux</h1>
<p>Entre <b>{SELLER['name']}</b>, {SELLER['addr']}, ICE {SELLER['ice']}, ci-après « le Fournisseur »,<br>
et <b>{BUYER['name']}</b>, {BUYER['addr']}, ICE {BUYER['ice']}, représentée par M. Karim Bennani, directeur administratif et financier, ci-après « le Client ».</p>
<p><b>Article 1 — Objet.</b> Le Fournisseur livre au Client les matériaux de construction commandés par bons de commande écrits.</p>
<p><b>Article 2 — Prix et facturation.</b> Les prix sont ceux du barème annexé. Chaque livraison fait l'objet d'une facture.</p>
<p><b>Article 3 — Paiement.</b> Les factures sont payables par virement à trente (30) jours de leur date d'émission. Tout retard entraîne de plein droit les pénalités prévues par l'article 78-3 de la loi 15-95 formant code de commerce.</p>
<p><b>Article 4 — Réception.</b> Les livraisons sont réceptionnées sur bon de livraison signé par le Client.</p>
<p><b>Article 5 — Litiges.</b> Tout différend relève du tribunal de commerce de Casablanca.</p>
<p>Fait à Casablanca, le 06/01/2025, en deux exemplaires.</p>
<table style="margin-top:12mm"><tr><td style="height:30mm;width:50%">Pour le Fournisseur<br><i>Youssef Alaoui, gérant</i><br><br><span style="font-family:cursive;font-size:16pt">Y. Alaoui</span></td>
<td>Pour le Client<br><i>Karim Bennani, DAF</i><br><br><span style="font-family:cursive;font-size:16pt">K. Bennani</span></td></tr></table>"""),
 "facture-FA-2025-017.pdf": invoice("FA-2025-017", "15/01/2025", "14/02/2025",
    [("Ciment CPJ 45 — sacs de 50 kg", "800", "35,00", "28 000,00"), ("Fer à béton HA 12 — tonnes", "2", "6 000,00", "12 000,00")],
    totals("40 000,00", "8 000,00", "48 000,00")),
 "facture-FA-2025-024.pdf": invoice("FA-2025-024", "13/02/2025", "15/03/2025",
    [("Parpaings 20x20x50", "2 500", "8,00", "20 000,00"), ("Sable de carrière — m³", "50", "100,00", "5 000,00")],
    totals("25 000,00", "5 000,00", "30 000,00")),
}
def delivery(no, date, invoice, rows, signer):
    lines = "".join(f"<tr><td>{d}</td><td class=r>{q}</td></tr>" for d, q in rows)
    return page("Bon de livraison", f"""{seller_block()}
<h1>Bon de livraison N° {no}</h1><p>Livré le {date} à : chantier Riad Construction, Hay Riad, Rabat<br>Référence facture : {invoice}</p>
<table><tr><th>Désignation</th><th>Qté livrée</th></tr>{lines}</table>
<p style="margin-top:10mm">Reçu en bon état, le {date} — Pour {BUYER['name']} : <span style="font-family:cursive;font-size:16pt">{signer}</span> (chef de chantier)</p>""")

SCANS = {
 "bon-de-livraison-BL-2025-017.jpg": (delivery("BL-2025-017", "16/01/2025", "FA-2025-017",
    [("Ciment CPJ 45 — sacs de 50 kg", "800"), ("Fer à béton HA 12 — tonnes", "2")], "H. Tazi"), "0.8"),
 "bon-de-livraison-BL-2025-024.jpg": (delivery("BL-2025-024", "14/02/2025", "FA-2025-024",
    [("Parpaings 20x20x50", "2 500"), ("Sable de carrière — m³", "50")], "H. Tazi"), "-0.6"),
}

for name, html in DOCS.items():
    src = os.path.join(WORK, "doc.html"); open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, name), "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for name, (html, angle) in SCANS.items():
    src = os.path.join(WORK, "scan.html"); open(src, "w", encoding="utf-8").write(html)
    png = os.path.join(WORK, "scan.png")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1240,1754",
                    "--screenshot=" + png, "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # A phone scan: slightly rotated, greyish, JPEG.
    subprocess.run(["convert", png, "-resize", "70%", "-rotate", angle, "-background", "white", "-colorspace", "Gray",
                    "-level", "8%,92%", "-quality", "70", os.path.join(OUT, name)], check=True)
for f in sorted(os.listdir(OUT)):
    print(f, os.path.getsize(os.path.join(OUT, f)))
