"""Synthetic invoices of the Bordereau HELD-OUT extraction set (see ../LICENCES.md).

Written after the development corpus (../../corpus) and before any change to the extractor, with
layouts and label wordings deliberately different from ../../corpus/derivation/docs.py: label rows
above value rows, totals boxes on the right, a two-page invoice, deposits and advances deducted,
Moroccan amounts suffixed "DH" or prefixed "MAD", Arabic labels with Eastern Arabic digits, US and UK
layouts with other wordings, and three scans. Every party, identifier, address and amount is
fictional (identifiers carry valid check digits, ../../corpus/derivation/ids.py). The ground truth is
the authored values below, checked against the rendered text by check.py and against the scans by eye.
"""
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "corpus", "derivation"))
import ids  # noqa: E402

D = Decimal
NBSP = "\u00a0"
NNBSP = "\u202f"
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def group(x, sep_th, sep_dec):
    x = r2(x)
    s = f"{abs(x):.2f}"
    ent, dec = s.split(".")
    parts = []
    while len(ent) > 3:
        parts.insert(0, ent[-3:])
        ent = ent[:-3]
    parts.insert(0, ent)
    return ("-" if x < 0 else "") + sep_th.join(parts) + sep_dec + dec


def fr(x):
    return group(x, NNBSP, ",")


def en(x):
    return group(x, ",", ".")


def ma_sp(x):
    return group(x, " ", ",")


def plain(x):
    return f"{r2(x):.2f}"


def sp(s, n=3):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- identifiers (fictional)
S_PIXELUNE = ids.siren("84217396")
S_VAUTRIN = ids.siren("51938427")
S_KERVELLA = ids.siren("44719028")
S_COOP_LEON = ids.siren("77305162")
S_MORVAN = ids.siren("38861245")
S_DELORME = ids.siren("26498310")
S_LEBRUN = ids.siren("49127730")

ICE_ALFATH = ids.ice("0034418720000")
ICE_ZITOUNE = ids.ice("0029075530000")
ICE_NEXAFROID = ids.ice("0035520910000")
ICE_DETROIT = ids.ice("0033698140000")
ICE_FAJR = ids.ice("0036607250000")
ICE_AMAL_ASSO = ids.ice("0031849960000")
ICE_BARAKA = ids.ice("0037712380000")
ICE_MASSIRA = ids.ice("0028457610000")
ICE_OLIVIERS = ids.ice("0030044170000")
ICE_WAHA = ids.ice("0038120590000")

GB_THISTLE = ids.gb_vat("4519832")
GB_HARBOURVIEW = ids.gb_vat("5630217")

BASE_CSS = """
@page { size: A4; margin: 15mm 15mm 18mm 15mm; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
table { border-collapse: collapse; }
.r { text-align: right; } .c { text-align: center; }
.muted { color: #555; font-size: 8pt; }
"""
AR_FONT = "'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',sans-serif"

DOCS = []


def page(body, css="", lang="fr", dir_="ltr"):
    return (f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
            f"<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>")


def doc(name, lang, country, category, html, fields, accept=None, optional=None, note=""):
    DOCS.append(dict(file=name, language=lang, country=country, category=category, html=html,
                     fields=fields, accept=accept or {}, optional=optional or {}, note=note))


def rows_html(rows, right_from=1):
    out = ""
    for row in rows:
        out += "<tr>" + "".join(
            f"<td class='{'r' if i >= right_from else ''}'>{c}</td>" for i, c in enumerate(row)) + "</tr>"
    return out


# ================================================================ H1 web agency, two pages, deposit
def h1():
    css = """
    .band { background:#1d3557; color:#fff; padding:10px 14px; display:flex; justify-content:space-between; }
    .band b { font-size:18pt; letter-spacing:2px; }
    table.head { width:100%; margin:12px 0; } table.head th { background:#e9eef5; font-weight:normal; font-size:8pt; text-align:left; padding:4px; border:1px solid #b8c4d6; }
    table.head td { padding:5px; border:1px solid #b8c4d6; font-weight:bold; }
    table.lines { width:100%; } table.lines th { border-bottom:2px solid #1d3557; text-align:left; padding:4px; }
    table.lines td { border-bottom:1px solid #ddd; padding:5px 4px; }
    table.tot { margin-left:auto; width:46%; margin-top:14px; } table.tot td { padding:4px 6px; }
    tr.strong td { font-weight:bold; border-top:2px solid #1d3557; }
    .foot { margin-top:18px; border-top:1px solid #999; padding-top:6px; font-size:7.5pt; color:#444; }
    """
    tasks = ["Atelier de cadrage", "Maquettes UX — parcours commande", "Charte graphique web",
             "Intégration HTML/CSS", "Développement catalogue produits", "Module de paiement en ligne",
             "Connecteur logiciel de caisse", "Espace client", "Tests et recette", "Référencement naturel"]
    rows = []
    net_lines = D(0)
    for i in range(36):
        label = f"{tasks[i % len(tasks)]} — lot {i // len(tasks) + 1}"
        days = D(1 + (i * 7) % 4) / 2 + 1
        unit = D(620) if i % 3 else D(540)
        amount = r2(days * unit)
        net_lines += amount
        rows.append((label, f"{days:.1f}".replace(".", ","), fr(unit), fr(amount)))
    discount = r2(net_lines * D("0.05"))
    net = net_lines - discount
    vat = r2(net * D("0.20"))
    total = net + vat
    deposit = D(8000)
    due = total - deposit
    body = f"""
    <div class='band'><div><b>PIXELUNE</b><br>Studio numérique</div><div style='text-align:right'>FACTURE<br>
    12 quai de la Fosse, 44000 Nantes</div></div>
    <table class='head'><tr><th>Réf. facture</th><th>Date d'émission</th><th>Date limite de paiement</th><th>Code client</th><th>Bon de commande</th></tr>
    <tr><td>PXL-F-25-0093</td><td>30/09/2025</td><td>30/10/2025</td><td>CLI-0412</td><td>BC 2025-118</td></tr></table>
    <div style='display:flex;justify-content:space-between'>
    <div style='width:46%'><span class='muted'>Prestataire</span><br>Pixelune SAS<br>12 quai de la Fosse<br>44000 Nantes</div>
    <div style='width:46%;border:1px solid #b8c4d6;padding:6px'><span class='muted'>Facturé à</span><br><b>Fromageries Vautrin SARL</b><br>
    ZA des Noës, 3 rue des Tanneurs<br>49300 Cholet<br>SIREN : {sp(S_VAUTRIN)}</div></div>
    <p>Projet : refonte de la boutique en ligne — prestations de septembre 2025.</p>
    <table class='lines'><thead><tr><th>Prestation</th><th class='r'>Jours</th><th class='r'>Tarif jour HT</th><th class='r'>Montant HT</th></tr></thead>
    <tbody>{rows_html(rows)}</tbody></table>
    <table class='tot'>
    <tr><td>Sous-total</td><td class='r'>{fr(net_lines)} €</td></tr>
    <tr><td>Remise commerciale 5 %</td><td class='r'>−{fr(discount)} €</td></tr>
    <tr><td>Montant HT</td><td class='r'>{fr(net)} €</td></tr>
    <tr><td>Total TVA (20 %)</td><td class='r'>{fr(vat)} €</td></tr>
    <tr><td>Montant TTC</td><td class='r'>{fr(total)} €</td></tr>
    <tr><td>Acompte versé le 04/08/2025</td><td class='r'>−{fr(deposit)} €</td></tr>
    <tr class='strong'><td>Solde à régler</td><td class='r'>{fr(due)} €</td></tr></table>
    <p>Règlement par virement — IBAN FR76 3000 4015 9600 0101 0820 195. En cas de retard, pénalités au taux
    de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.</p>
    <div class='foot'>Pixelune SAS au capital de 20 000 € — SIRET {sp(S_PIXELUNE)} 00026 — RCS Nantes —
    TVA intracommunautaire {ids.fr_vat(S_PIXELUNE)} — APE 6201Z</div>
    """
    doc("fr-facture-agence-web-2pages.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="PXL-F-25-0093", issueDate="2025-09-30", dueDate="2025-10-30",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(due),
        currency="EUR", sellerName="Pixelune SAS", sellerId=S_PIXELUNE + "00026",
        buyerName="Fromageries Vautrin SARL", buyerId=S_VAUTRIN),
        accept=dict(sellerId=[S_PIXELUNE, ids.fr_vat(S_PIXELUNE)]),
        note="Two pages: labels in a header row above their values; totals at the end of page 2 on the right; "
             "a 5 % discount line, a deposit deducted ('Solde à régler' < 'Montant TTC').")


# ================================================================ H2 carrier, two columns, EUR code
def h2():
    css = """
    .cols { display:flex; justify-content:space-between; margin-bottom:14px; }
    .cols > div { width:47%; border-top:3px solid #333; padding-top:4px; }
    h1 { font-size:15pt; margin:0 0 10px 0; }
    table.lines { width:100%; border:1px solid #333; } table.lines th { background:#333; color:#fff; padding:4px; }
    table.lines td { border-bottom:1px dotted #999; padding:4px; }
    .box { float:right; width:44%; border:2px solid #333; margin-top:12px; } .box td { padding:4px 8px; }
    """
    rows = [("12/06/2025", "Brest → Rennes, semi-remorque frigorifique", "1", plain(980).replace(".", ",") + " EUR"),
            ("17/06/2025", "Brest → Nantes, porteur 19 t", "2", "1" + NNBSP + "240,00 EUR"),
            ("24/06/2025", "Morlaix → Lorient, messagerie palettes (8)", "1", "416,50 EUR")]
    net = D("980") + D("1240") + D("416.50")
    vat = r2(net * D("0.20"))
    total = net + vat
    body = f"""
    <h1>Transports Kervella &amp; Fils</h1>
    <div class='cols'><div><b>Émetteur</b><br>Transports Kervella &amp; Fils SARL<br>Zone de Kergaradec, 29850 Gouesnou<br>
    SIRET {S_KERVELLA}00025 — TVA {ids.fr_vat(S_KERVELLA)}</div>
    <div><b>Destinataire</b><br>Coopérative Agricole du Léon<br>Route de Plouescat, 29250 Saint-Pol-de-Léon<br>
    N° TVA : {ids.fr_vat(S_COOP_LEON)}</div></div>
    <p><b>Facture n° : TR/25/0917</b> &nbsp;&nbsp; Émise le 30 juin 2025 &nbsp;&nbsp; À régler avant le 30 juillet 2025</p>
    <table class='lines'><thead><tr><th>Date</th><th>Trajet</th><th>Qté</th><th class='r'>Prix HT</th></tr></thead>
    <tbody>{rows_html(rows, right_from=3)}</tbody></table>
    <table class='box'><tr><td>Base HT</td><td class='r'>{fr(net)} EUR</td></tr>
    <tr><td>Montant TVA 20 %</td><td class='r'>{fr(vat)} EUR</td></tr>
    <tr><td>Montant TTC</td><td class='r'>{fr(total)} EUR</td></tr>
    <tr><td><b>Net à payer</b></td><td class='r'><b>{fr(total)} EUR</b></td></tr></table>
    <div style='clear:both'></div>
    <p class='muted'>Escompte pour paiement anticipé : néant. Indemnité forfaitaire pour frais de recouvrement : 40 EUR.</p>
    """
    doc("fr-facture-transport-colonnes.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="TR/25/0917", issueDate="2025-06-30", dueDate="2025-07-30",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(total),
        currency="EUR", sellerName="Transports Kervella & Fils SARL", sellerId=S_KERVELLA + "00025",
        buyerName="Coopérative Agricole du Léon", buyerId=ids.fr_vat(S_COOP_LEON)),
        accept=dict(sellerId=[S_KERVELLA, ids.fr_vat(S_KERVELLA)], buyerId=[S_COOP_LEON]),
        note="Seller and buyer side by side ('Émetteur' / 'Destinataire'); dates in words on one line "
             "('Émise le', 'À régler avant le'); amounts suffixed 'EUR'; dated lines in the table.")


# ================================================================ H3 law firm, fees + disbursements
def h3():
    css = """
    .hdr { text-align:center; border-bottom:1px solid #000; padding-bottom:6px; margin-bottom:14px; }
    .hdr .n { font-size:14pt; font-variant:small-caps; }
    table.fees { width:100%; margin-top:10px; } table.fees td { padding:5px; border-bottom:1px solid #ccc; }
    """
    fees = D("2450.00")
    vat = r2(fees * D("0.20"))
    disb = D("186.40")
    total = fees + vat + disb
    body = f"""
    <div class='hdr'><div class='n'>Cabinet Morvan Avocats</div>SELARL d'avocats au Barreau de Rennes<br>
    7 rue de la Monnaie, 35000 Rennes — SIRET {sp(S_MORVAN)} 00023</div>
    <div style='margin-left:55%'>Imprimerie Delorme SAS<br>A l'attention de M. le Directeur financier<br>
    18 boulevard Laennec<br>35000 Rennes</div>
    <p>Rennes, le 14 mars 2025</p>
    <p><b>Note d'honoraires et facture n° 2025-H-031</b><br>Dossier : Delorme c/ Papeteries de l'Ouest — recouvrement de créance</p>
    <table class='fees'>
    <tr><td>Honoraires (diligences du 3 février au 12 mars 2025, 7 h)</td><td class='r'>{fr(fees)} €</td></tr>
    <tr><td>TVA 20 % sur honoraires</td><td class='r'>{fr(vat)} €</td></tr>
    <tr><td>Débours (frais de greffe, signification — non soumis à TVA)</td><td class='r'>{fr(disb)} €</td></tr>
    <tr><td><b>Montant total TTC</b></td><td class='r'><b>{fr(total)} €</b></td></tr></table>
    <p>Payable à réception. Client : Imprimerie Delorme SAS, SIREN {S_DELORME}.</p>
    <p class='muted'>TVA intracommunautaire du cabinet : {ids.fr_vat(S_MORVAN)}. Membre d'une association agréée,
    le règlement des honoraires par chèque est accepté.</p>
    """
    doc("fr-facture-cabinet-debours.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="2025-H-031", issueDate="2025-03-14",
        totalAmount=plain(total), netAmount=plain(fees), taxAmount=plain(vat),
        currency="EUR", sellerName="Cabinet Morvan Avocats", sellerId=S_MORVAN + "00023",
        buyerName="Imprimerie Delorme SAS", buyerId=S_DELORME),
        accept=dict(sellerId=[S_MORVAN, ids.fr_vat(S_MORVAN)]),
        optional=dict(dueDate=["2025-03-14"]),
        note="Fee note: fees + VAT + non-taxable disbursements make the total (total ≠ net + tax); "
             "no 'net à payer' line, 'payable à réception'. Date only as 'Rennes, le 14 mars 2025'.")


# ================================================================ H4 Moroccan, amounts suffixed DH
def h4():
    css = """
    .top { display:flex; justify-content:space-between; }
    .logo { font-size:17pt; font-weight:bold; color:#7a1f1f; }
    table.lines { width:100%; margin-top:12px; } table.lines th { border:1px solid #000; padding:4px; background:#f1e6e6; }
    table.lines td { border:1px solid #000; padding:4px; }
    table.tot { margin-left:auto; margin-top:10px; } table.tot td { border:1px solid #000; padding:4px 12px; }
    .pied { margin-top:40px; border-top:2px solid #7a1f1f; font-size:7.5pt; text-align:center; padding-top:4px; }
    """
    items = [("Serrure 3 points inox", 24, D("385")), ("Charnière invisible 120 kg", 96, D("42.50")),
             ("Poignée laiton massif", 48, D("118")), ("Cylindre de sûreté 70 mm", 24, D("96"))]
    rows = []
    net = D(0)
    for label, q, pu in items:
        amt = r2(q * pu)
        net += amt
        rows.append((label, str(q), ma_sp(pu) + " DH", ma_sp(amt) + " DH"))
    vat = r2(net * D("0.20"))
    total = net + vat
    body = f"""
    <div class='top'><div><div class='logo'>QUINCAILLERIE AL FATH</div>Quincaillerie générale et bâtiment<br>
    N° 12, Route d'Imouzzer — Fès<br>Tél. 05 35 64 11 90</div>
    <div style='text-align:right'><b>Facture N° : QF-2025/0312</b><br>Date : 14/05/2025<br>Échéance : 13/07/2025</div></div>
    <p style='margin-top:16px'><u>Doit :</u> RIAD ZITOUNE HÔTEL SARL, Derb Sidi Ahmed Chaoui, Fès Médina<br>
    Identifiant Commun de l'Entreprise : {ICE_ZITOUNE}</p>
    <table class='lines'><thead><tr><th>Article</th><th>Qté</th><th>P.U. H.T</th><th>Total H.T</th></tr></thead>
    <tbody>{rows_html(rows)}</tbody></table>
    <table class='tot'><tr><td>Total H.T</td><td class='r'>{ma_sp(net)} DH</td></tr>
    <tr><td>T.V.A 20 %</td><td class='r'>{ma_sp(vat)} DH</td></tr>
    <tr><td>Total T.T.C</td><td class='r'>{ma_sp(total)} DH</td></tr>
    <tr><td><b>Montant à payer</b></td><td class='r'><b>{ma_sp(total)} DH</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de {ma_sp(total)} dirhams toutes taxes comprises.</p>
    <p>Règlement : chèque ou virement — BMCE Bank, RIB 011 270 0000 12 210 00 04567 89</p>
    <div class='pied'>SARL au capital de 300 000 DH — R.C. Fès 58213 — I.F. 45102287 — Patente 13409821 —
    C.N.S.S. 9023418 — I.C.E. {ICE_ALFATH}</div>
    """
    doc("ma-facture-dh-suffixe.pdf", "fr", "MA", "pdf", page(body, css), dict(
        invoiceNumber="QF-2025/0312", issueDate="2025-05-14", dueDate="2025-07-13",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(total),
        currency="MAD", sellerName="Quincaillerie Al Fath", sellerId=ICE_ALFATH,
        buyerName="Riad Zitoune Hôtel SARL", buyerId=ICE_ZITOUNE),
        note="Amounts '1 234,56 DH' (space thousands, DH suffix) in lines and totals; buyer introduced by "
             "'Doit :'; buyer ICE under its long name 'Identifiant Commun de l'Entreprise'.")


# ================================================================ H5 Moroccan, header table, MAD prefix, advance
def h5():
    css = """
    h1 { text-align:right; font-size:20pt; color:#0b5563; margin:0; }
    table.grid { width:100%; margin-top:10px; } table.grid th { background:#0b5563; color:#fff; font-size:8pt; padding:4px; }
    table.grid td { border:1px solid #0b5563; padding:5px; text-align:center; }
    table.lines { width:100%; margin-top:12px; } table.lines th { border-bottom:2px solid #0b5563; padding:4px; text-align:left; }
    table.lines td { padding:4px; border-bottom:1px solid #ddd; }
    table.tot { margin-left:auto; margin-top:10px; min-width:45%; } table.tot td { padding:4px 8px; }
    """
    l1 = D("38400")   # 20 %
    l2 = D("12600")   # 20 %
    l3 = D("4500")    # 10 % (transport)
    net = l1 + l2 + l3
    vat20 = r2((l1 + l2) * D("0.20"))
    vat10 = r2(l3 * D("0.10"))
    vat = vat20 + vat10
    total = net + vat
    advance = D("20000")
    due = total - advance
    body = f"""
    <div style='display:flex;justify-content:space-between'><div><b style='font-size:13pt'>NEXA FROID INDUSTRIE</b><br>
    SARL AU — Zone Franche d'Exportation, Lot 44, Tanger<br>contact@nexafroid.example</div><h1>FACTURE</h1></div>
    <table class='grid'><tr><th>N° FACTURE</th><th>DATE</th><th>ÉCHÉANCE</th><th>RÉF. CLIENT</th><th>DEVISE</th></tr>
    <tr><td>NFI-2504-0027</td><td>2025-04-18</td><td>2025-05-18</td><td>C-0871</td><td>MAD</td></tr></table>
    <p><b>Client :</b> Conserverie du Détroit SA — Port de pêche, Larache — ICE {ICE_DETROIT}</p>
    <table class='lines'><thead><tr><th>Désignation</th><th>TVA</th><th class='r'>Montant HT</th></tr></thead><tbody>
    <tr><td>Chambre froide négative 40 m³ (fourniture)</td><td>20 %</td><td class='r'>MAD {en(l1)}</td></tr>
    <tr><td>Installation et mise en service</td><td>20 %</td><td class='r'>MAD {en(l2)}</td></tr>
    <tr><td>Transport Tanger → Larache</td><td>10 %</td><td class='r'>MAD {en(l3)}</td></tr></tbody></table>
    <table class='tot'><tr><td>Montant HT</td><td class='r'>MAD {en(net)}</td></tr>
    <tr><td>TVA 20 % sur MAD {en(l1 + l2)}</td><td class='r'>MAD {en(vat20)}</td></tr>
    <tr><td>TVA 10 % sur MAD {en(l3)}</td><td class='r'>MAD {en(vat10)}</td></tr>
    <tr><td>Total TVA</td><td class='r'>MAD {en(vat)}</td></tr>
    <tr><td><b>Montant TTC</b></td><td class='r'><b>MAD {en(total)}</b></td></tr>
    <tr><td>Avance reçue (virement du 02/04/2025)</td><td class='r'>MAD {en(advance)}</td></tr>
    <tr><td><b>Solde dû</b></td><td class='r'><b>MAD {en(due)}</b></td></tr></table>
    <p class='muted'>Nexa Froid Industrie SARL AU — RC Tanger 98114 — IF 50327719 — TP 57200413 — ICE {ICE_NEXAFROID}</p>
    """
    doc("ma-facture-mad-tableau.pdf", "fr", "MA", "pdf", page(body, css), dict(
        invoiceNumber="NFI-2504-0027", issueDate="2025-04-18", dueDate="2025-05-18",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(due),
        currency="MAD", sellerName="Nexa Froid Industrie SARL AU", sellerId=ICE_NEXAFROID,
        buyerName="Conserverie du Détroit SA", buyerId=ICE_DETROIT),
        note="Label row above value row (N° FACTURE / DATE / ÉCHÉANCE), ISO dates, 'MAD 1,234.56' prefix, "
             "two VAT rates with their bases, advance deducted ('Solde dû').")


# ================================================================ H6 Arabic, Eastern Arabic digits
def h6():
    css = f"""
    body {{ font-family:{AR_FONT}; font-size:10.5pt; }}
    table.lines {{ width:100%; margin-top:12px; }} table.lines th {{ border:1px solid #000; background:#eee; padding:4px; }}
    table.lines td {{ border:1px solid #000; padding:4px; text-align:right; }}
    table.tot {{ margin-right:auto; margin-top:10px; }} table.tot td {{ border:1px solid #000; padding:4px 10px; }}
    """

    def e(s):
        return s.translate(EASTERN)

    def amt(x):
        return e(group(x, ".", ","))

    items = [("طبع كتيبات ملونة ٢٤ صفحة", 500, D("14")), ("ملصقات حائطية من الحجم الكبير", 60, D("35")),
             ("بطاقات دعوة مع أظرفة", 800, D("2.50"))]
    rows = []
    net = D(0)
    for label, q, pu in items:
        a = r2(q * pu)
        net += a
        rows.append((label, e(str(q)), amt(pu), amt(a)))
    vat = r2(net * D("0.20"))
    total = net + vat
    body = f"""
    <div style='display:flex;justify-content:space-between'><div><b style='font-size:15pt'>مطبعة الفجر ش.م.م</b><br>
    شارع محمد الخامس، رقم {e('88')} — وجدة<br>الهاتف : {e('05 36 68 12 40')}</div>
    <div style='border:1px solid #000;padding:6px;width:40%'>إلى السادة : <b>جمعية الأمل للتنمية</b><br>حي القدس، وجدة<br>
    رقم التعريف الموحد : {e(ICE_AMAL_ASSO)}</div></div>
    <h2 style='text-align:center'>فاتورة</h2>
    <p>رقم الفاتورة : {e('2025/118')} &nbsp;&nbsp;&nbsp; تاريخ الإصدار : {e('03/09/2025')} &nbsp;&nbsp;&nbsp; آخر أجل للأداء : {e('03/10/2025')}</p>
    <table class='lines'><thead><tr><th>الوصف</th><th>الكمية</th><th>سعر الوحدة</th><th>المبلغ</th></tr></thead>
    <tbody>{rows_html(rows)}</tbody></table>
    <table class='tot'><tr><td>المبلغ خارج الرسوم</td><td>{amt(net)} د.م.</td></tr>
    <tr><td>مبلغ الضريبة على القيمة المضافة ({e('20')}٪)</td><td>{amt(vat)} د.م.</td></tr>
    <tr><td><b>المبلغ الإجمالي</b></td><td><b>{amt(total)} د.م.</b></td></tr></table>
    <p style='margin-top:30px;font-size:8pt;text-align:center'>السجل التجاري : {e('31207')} — التعريف الجبائي : {e('25118804')} —
    التعريف الموحد للمقاولة : {e(ICE_FAJR)}</p>
    """
    doc("ma-facture-arabe-chiffres-orientaux.pdf", "ar", "MA", "pdf", page(body, css, lang="ar", dir_="rtl"), dict(
        invoiceNumber="2025/118", issueDate="2025-09-03", dueDate="2025-10-03",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat),
        currency="MAD", sellerName="مطبعة الفجر ش.م.م", sellerId=ICE_FAJR,
        buyerName="جمعية الأمل للتنمية", buyerId=ICE_AMAL_ASSO),
        note="Arabic only, every figure in Eastern Arabic digits (٠١٢…), amounts '١٢.٣٤٥,٦٠ د.م.'; labels other "
             "than the development set ('رقم الفاتورة', 'تاريخ الإصدار', 'آخر أجل للأداء', 'المبلغ خارج الرسوم', "
             "'المبلغ الإجمالي'); no separate amount-due line.")


# ================================================================ H7 Arabic, Western digits, advance deducted
def h7():
    css = f"""
    body {{ font-family:{AR_FONT}; font-size:10.5pt; }}
    table.lines {{ width:100%; margin-top:12px; }} table.lines th {{ border-bottom:2px solid #000; padding:4px; }}
    table.lines td {{ padding:4px; border-bottom:1px solid #bbb; text-align:right; }}
    table.kv td {{ padding:3px 8px; }}
    """
    net = D("46800.00")
    vat = r2(net * D("0.14"))
    total = net + vat
    adv = D("15000.00")
    due = total - adv
    body = f"""
    <h2 style='margin:0'>شركة البركة للنقل واللوجستيك ش.م.م</h2>
    <div>المنطقة الصناعية سيدي غانم، الدار البيضاء</div>
    <hr>
    <table class='kv'><tr><td>رقم الفاتورة</td><td><b>BT-25-0406</b></td><td>الزبون</td><td><b>شركة الواحة للصناعات الغذائية</b></td></tr>
    <tr><td>التاريخ</td><td>2025-06-20</td><td>التعريف الموحد للمقاولة للزبون</td><td>{ICE_WAHA}</td></tr>
    <tr><td>تاريخ الاستحقاق</td><td>2025-07-20</td><td></td><td></td></tr></table>
    <table class='lines'><thead><tr><th>الخدمة</th><th>عدد الرحلات</th><th>المبلغ (درهم)</th></tr></thead><tbody>
    <tr><td>نقل مبرد الدار البيضاء - أكادير</td><td>6</td><td>28,800.00</td></tr>
    <tr><td>نقل مبرد الدار البيضاء - فاس</td><td>5</td><td>18,000.00</td></tr></tbody></table>
    <table class='kv' style='margin-right:auto;margin-top:10px;border:1px solid #000'>
    <tr><td>المجموع خارج الضريبة</td><td>{en(net)} درهم</td></tr>
    <tr><td>الضريبة على القيمة المضافة 14%</td><td>{en(vat)} درهم</td></tr>
    <tr><td>المجموع بما فيه الضريبة</td><td>{en(total)} درهم</td></tr>
    <tr><td>تسبيق مدفوع</td><td>{en(adv)} درهم</td></tr>
    <tr><td><b>الباقي للأداء</b></td><td><b>{en(due)} درهم</b></td></tr></table>
    <p style='margin-top:30px;font-size:8pt'>ر.ت 412987 الدار البيضاء — ت.ض 40561230 — ت.م.م {ICE_BARAKA}</p>
    """
    doc("ma-facture-arabe-avance.pdf", "ar", "MA", "pdf", page(body, css, lang="ar", dir_="rtl"), dict(
        invoiceNumber="BT-25-0406", issueDate="2025-06-20", dueDate="2025-07-20",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(due),
        currency="MAD", sellerName="شركة البركة للنقل واللوجستيك ش.م.م", sellerId=ICE_BARAKA,
        buyerName="شركة الواحة للصناعات الغذائية", buyerId=ICE_WAHA),
        note="Arabic, Western digits with '1,234.56', key/value grid (seller data left, buyer right), ISO dates, "
             "advance deducted ('تسبيق مدفوع' → 'الباقي للأداء'); seller ICE only as the abbreviation 'ت.م.م' in the footer.")


# ================================================================ H8 US, totals on the right, amount paid
def h8():
    css = """
    .hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px solid #2a9d8f; padding-bottom:8px; }
    .hd h1 { font-size:26pt; margin:0; color:#2a9d8f; }
    .meta td { padding:2px 6px; } .meta td:first-child { color:#666; }
    .parties { display:flex; gap:40px; margin:14px 0; }
    table.lines { width:100%; } table.lines th { text-align:left; border-bottom:1px solid #000; padding:4px; }
    table.lines td { padding:4px; }
    table.sum { margin-left:auto; width:40%; } table.sum td { padding:3px 6px; }
    """
    items = [("SaaS license — Team plan (12 seats × 3 months)", "36", "45.00", D("1620.00")),
             ("Onboarding workshop (remote, half day)", "1", "850.00", D("850.00")),
             ("Custom report builder — fixed fee", "1", "1,780.00", D("1780.00"))]
    sub = sum(x[3] for x in items)
    disc = D("212.50")
    taxable = sub - disc
    tax = r2(taxable * D("0.08875"))
    total = taxable + tax
    paid = D("1000.00")
    bal = total - paid
    rows = [(a, b, c, "$" + en(d)) for a, b, c, d in items]
    body = f"""
    <div class='hd'><div><b style='font-size:14pt'>Cobalt Ridge Software LLC</b><br>410 Lafayette St, Suite 5<br>New York, NY 10003</div><h1>INVOICE</h1></div>
    <div style='display:flex;justify-content:space-between'>
    <div class='parties'><div><span style='color:#666'>BILLED TO</span><br><b>Maple &amp; Finch Bakery Co.</b><br>22 Orchard Rd<br>Montclair, NJ 07042</div></div>
    <table class='meta' style='margin-top:14px'><tr><td>Invoice #</td><td>CRS-2291</td></tr><tr><td>Date Issued</td><td>Sep 5, 2025</td></tr>
    <tr><td>Payment Due</td><td>Oct 5, 2025</td></tr><tr><td>PO</td><td>MF-7731</td></tr></table></div>
    <table class='lines'><thead><tr><th>Description</th><th class='r'>Qty</th><th class='r'>Rate</th><th class='r'>Amount</th></tr></thead>
    <tbody>{rows_html(rows)}</tbody></table>
    <table class='sum'><tr><td>Subtotal</td><td class='r'>${en(sub)}</td></tr>
    <tr><td>Discount (loyalty)</td><td class='r'>-${en(disc)}</td></tr>
    <tr><td>Sales Tax (8.875%)</td><td class='r'>${en(tax)}</td></tr>
    <tr><td><b>Total</b></td><td class='r'><b>${en(total)}</b></td></tr>
    <tr><td>Amount Paid</td><td class='r'>(${en(paid)})</td></tr>
    <tr><td style='background:#2a9d8f;color:#fff'><b>Balance Due (USD)</b></td><td class='r' style='background:#2a9d8f;color:#fff'><b>${en(bal)}</b></td></tr></table>
    <p style='color:#666'>Payment by ACH to Cobalt Ridge Software LLC, routing 021000021, account 483920117. Net 30.</p>
    """
    doc("en-invoice-us-right-totals.pdf", "en", "US", "pdf", page(body, css, lang="en"), dict(
        invoiceNumber="CRS-2291", issueDate="2025-09-05", dueDate="2025-10-05",
        totalAmount=plain(total), taxAmount=plain(tax), amountDue=plain(bal),
        currency="USD", sellerName="Cobalt Ridge Software LLC", buyerName="Maple & Finch Bakery Co."),
        optional=dict(netAmount=[plain(taxable)]),
        note="US layout: seller in the header, 'BILLED TO', meta block on the right ('Invoice #', 'Date Issued', "
             "'Payment Due'), discount before tax: the total excluding tax (4,037.50) is not printed, so netAmount is only optional and "
             "the Subtotal (4,250.00, before discount) would be wrong; "
             "'Amount Paid' in parentheses, 'Balance Due (USD)'. No company ids.")


# ================================================================ H9 UK, label cells above values, Net/VAT/Gross
def h9():
    css = """
    table.info { width:100%; margin:12px 0; } table.info td { border:1px solid #777; padding:3px 6px; vertical-align:top; }
    table.info .l { font-size:7.5pt; color:#555; display:block; }
    table.lines { width:100%; } table.lines th { background:#ddd; padding:4px; border:1px solid #777; }
    table.lines td { border:1px solid #777; padding:4px; }
    """
    net = D("10400.00")
    vat = r2(net * D("0.20"))
    gross = net + vat
    body = f"""
    <div style='display:flex;justify-content:space-between'><div><b style='font-size:16pt'>Thistle &amp; Loom Ltd</b><br>
    Unit 3, Tannery Lane, Hawick TD9 7AB, Scotland</div><div style='text-align:right;font-size:18pt'>Tax Invoice</div></div>
    <table class='info'><tr>
    <td><span class='l'>Invoice Number</span>TL/INV/04417</td><td><span class='l'>Invoice Date</span>2 June 2025</td>
    <td><span class='l'>Due Date</span>2 July 2025</td><td><span class='l'>Account No.</span>NGT01</td></tr>
    <tr><td colspan='2'><span class='l'>Invoice To</span>Northgate Theatre Trust<br>14 Castle Wynd, Edinburgh EH1 2NG</td>
    <td colspan='2'><span class='l'>Deliver To</span>Northgate Theatre — Wardrobe Dept.<br>Stage door, Johnston Terrace</td></tr></table>
    <table class='lines'><thead><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Net</th><th>VAT %</th></tr></thead><tbody>
    <tr><td>Woven wool curtain, 8 m drop, flame retardant</td><td class='r'>4</td><td class='r'>£1,850.00</td><td class='r'>£7,400.00</td><td class='r'>20</td></tr>
    <tr><td>Making up and fitting</td><td class='r'>1</td><td class='r'>£3,000.00</td><td class='r'>£3,000.00</td><td class='r'>20</td></tr></tbody></table>
    <table style='margin-left:auto;margin-top:10px'><tr><td>Net</td><td class='r'>£{en(net)}</td></tr>
    <tr><td>VAT @ 20%</td><td class='r'>£{en(vat)}</td></tr><tr><td><b>Gross</b></td><td class='r'><b>£{en(gross)}</b></td></tr>
    <tr><td><b>Total Due GBP</b></td><td class='r'><b>{en(gross)}</b></td></tr></table>
    <p style='font-size:8pt;margin-top:24px'>Registered in Scotland, Company No. SC512874. VAT Registration No. GB {sp(GB_THISTLE)}.
    Bank of Scotland, sort code 80-22-60, account 10293847.</p>
    """
    doc("en-invoice-uk-info-grid.pdf", "en", "GB", "pdf", page(body, css, lang="en"), dict(
        invoiceNumber="TL/INV/04417", issueDate="2025-06-02", dueDate="2025-07-02",
        totalAmount=plain(gross), netAmount=plain(net), taxAmount=plain(vat), amountDue=plain(gross),
        currency="GBP", sellerName="Thistle & Loom Ltd", sellerId="GB" + GB_THISTLE,
        buyerName="Northgate Theatre Trust"),
        accept=dict(sellerId=["SC512874"]),
        note="Labels in small type at the top of each cell, value under it; 'Net', 'VAT @ 20%', 'Gross', "
             "'Total Due GBP'; buyer under 'Invoice To' beside a 'Deliver To' block.")


# ================================================================ scans (rendered, then degraded by build.sh)
def s1():
    css = """
    body { font-family:'DejaVu Serif',serif; font-size:11pt; }
    table.lines { width:100%; margin-top:10px; } table.lines td, table.lines th { border:1px solid #000; padding:4px; }
    """
    net = D("3180.00")
    vat = r2(net * D("0.10"))
    total = net + vat
    body = f"""
    <div style='font-size:16pt;font-weight:bold'>MENUISERIE LEBRUN</div>
    <div>EURL — 5 chemin des Vignes, 37210 Vouvray — 02 47 52 18 30</div>
    <div>SIRET {sp(S_LEBRUN)} 00031</div>
    <p style='margin-left:50%'>Mme Sophie Garnier<br>41 rue Nationale<br>37000 Tours</p>
    <p><b>FACTURE N° ML-0457</b> du 21/02/2025</p>
    <table class='lines'><tr><th>Désignation</th><th>Montant HT</th></tr>
    <tr><td>Fourniture et pose d'un escalier en chêne quart tournant</td><td class='r'>2 740,00</td></tr>
    <tr><td>Dépose de l'ancien escalier et évacuation</td><td class='r'>440,00</td></tr></table>
    <table style='margin-left:auto;margin-top:10px'><tr><td>Total HT</td><td class='r'>{fr(net)} €</td></tr>
    <tr><td>TVA 10 % (travaux logement &gt; 2 ans)</td><td class='r'>{fr(vat)} €</td></tr>
    <tr><td><b>Total TTC</b></td><td class='r'><b>{fr(total)} €</b></td></tr></table>
    <p>Conditions de paiement : à réception de facture.</p>
    """
    doc("scan-fr-menuiserie.png", "fr", "FR", "scan", page(body, css), dict(
        invoiceNumber="ML-0457", issueDate="2025-02-21",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat),
        currency="EUR", sellerName="Menuiserie Lebrun", sellerId=S_LEBRUN + "00031",
        buyerName="Mme Sophie Garnier"),
        accept=dict(sellerId=[S_LEBRUN], buyerName=["Sophie Garnier"]),
        note="Scan (PNG, 200 dpi, grey, rotated −0.6°, noise). 'FACTURE N° … du …' on one line; payable on receipt.")


def s2():
    css = """
    body { font-family:'Liberation Serif',serif; font-size:11pt; }
    table.lines { width:100%; margin-top:10px; } table.lines td, table.lines th { border:1px solid #000; padding:4px; }
    """
    net = D("6420.00")
    vat = r2(net * D("0.20"))
    total = net + vat
    body = f"""
    <div style='text-align:center'><b style='font-size:15pt'>LIBRAIRIE AL MASSIRA</b><br>Fournitures scolaires et de bureau<br>
    45, Avenue Hassan II — Marrakech</div>
    <p>Marrakech, le 09/09/2025</p>
    <p><b>FACTURE N° 1187/25</b></p>
    <p>Client : ÉCOLE PRIVÉE LES OLIVIERS — ICE : {ICE_OLIVIERS}</p>
    <table class='lines'><tr><th>Désignation</th><th>Qté</th><th>P.U</th><th>Montant</th></tr>
    <tr><td>Cahiers 96 pages</td><td>1200</td><td>3,50</td><td>4 200,00</td></tr>
    <tr><td>Stylos à bille (boîte de 50)</td><td>30</td><td>74,00</td><td>2 220,00</td></tr></table>
    <table style='margin-left:auto;margin-top:10px'><tr><td>Total HT</td><td class='r'>{ma_sp(net)} DH</td></tr>
    <tr><td>TVA 20%</td><td class='r'>{ma_sp(vat)} DH</td></tr>
    <tr><td><b>Total TTC</b></td><td class='r'><b>{ma_sp(total)} DH</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de : sept mille sept cent quatre dirhams.</p>
    <p style='font-size:9pt'>RC 77120 — IF 40988231 — Patente 45511902 — ICE {ICE_MASSIRA}</p>
    """
    doc("scan-ma-librairie-dh.jpg", "fr", "MA", "scan", page(body, css), dict(
        invoiceNumber="1187/25", issueDate="2025-09-09",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat),
        currency="MAD", sellerName="Librairie Al Massira", sellerId=ICE_MASSIRA,
        buyerName="École Privée Les Oliviers", buyerId=ICE_OLIVIERS),
        note="Scan (JPEG, 200 dpi, grey, rotated 0.9°, noise, blur). Amounts '1 234,56 DH'; no due date; "
             "no amount-due line.")


def s3():
    css = """
    body { font-family:'DejaVu Sans',sans-serif; font-size:10.5pt; }
    table.g td { border:1px solid #000; padding:3px 6px; }
    """
    net = D("1265.00")
    vat = r2(net * D("0.20"))
    total = net + vat
    body = f"""
    <div style='display:flex;justify-content:space-between'><div><b style='font-size:15pt'>Harbourview Catering Ltd</b><br>
    2 Ferry Road, Glasgow G3 8QH<br>VAT No: GB{GB_HARBOURVIEW}</div><div style='font-size:20pt'>INVOICE</div></div>
    <table class='g' style='margin-top:16px'><tr><td>Invoice no.</td><td>Date</td><td>Terms</td></tr>
    <tr><td>HVC-3318</td><td>17/10/2025</td><td>14 days</td></tr></table>
    <p>Bill to: Clyde Tech Meetup CIC, 100 West George St, Glasgow G2 1PP</p>
    <table class='g' style='width:100%'><tr><td>Buffet lunch for 110 guests</td><td class='r'>£1,100.00</td></tr>
    <tr><td>Coffee and tea service</td><td class='r'>£165.00</td></tr></table>
    <table style='margin-left:auto;margin-top:10px'><tr><td>Sub-total</td><td class='r'>£{en(net)}</td></tr>
    <tr><td>VAT 20%</td><td class='r'>£{en(vat)}</td></tr><tr><td><b>TOTAL</b></td><td class='r'><b>£{en(total)}</b></td></tr></table>
    """
    doc("scan-en-catering.pdf", "en", "GB", "scan", page(body, css, lang="en"), dict(
        invoiceNumber="HVC-3318", issueDate="2025-10-17",
        totalAmount=plain(total), netAmount=plain(net), taxAmount=plain(vat),
        currency="GBP", sellerName="Harbourview Catering Ltd", sellerId="GB" + GB_HARBOURVIEW,
        buyerName="Clyde Tech Meetup CIC"),
        optional=dict(dueDate=["2025-10-31"]),
        note="Image-only PDF (150 dpi, grey, rotated 0.4°, noise, JPEG). Label row above value row; "
             "terms '14 days' (no printed due date).")


for f in (h1, h2, h3, h4, h5, h6, h7, h8, h9, s1, s2, s3):
    f()
