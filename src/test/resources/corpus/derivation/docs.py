"""Synthetic invoices of the Bordereau evaluation corpus (see ../LICENCES.md).

Every party, identifier, address and amount below is fictional; the identifiers carry valid check
digits (ids.py). Each document is rendered from HTML with headless Chromium; `render.sh` does it.
The layouts follow the legal mentions and habits of real French (CGI art. 242 nonies A, C. com.
L441-9), Moroccan (CGI art. 145: ICE, IF, RC, Patente, "Arrêtée la présente facture...") and UK/US
invoices. The ground truth of each one is written out in ../expected.json, by hand, and checked
against the rendered text by check.py.
"""
from decimal import Decimal, ROUND_HALF_UP
import ids

D = Decimal
NBSP = "\u00a0"
NNBSP = "\u202f"


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def group(x, sep_th, sep_dec):
    x = r2(x)
    neg = x < 0
    s = f"{abs(x):.2f}"
    ent, dec = s.split(".")
    parts = []
    while len(ent) > 3:
        parts.insert(0, ent[-3:])
        ent = ent[:-3]
    parts.insert(0, ent)
    out = sep_th.join(parts) + sep_dec + dec
    return ("-" if neg else "") + out


def fr(x, sep=NBSP):
    return group(x, sep, ",")


def ma(x):
    return group(x, ".", ",")


def en(x):
    return group(x, ",", ".")


# ---------------------------------------------------------------- identifiers (fictional)
S_LEMOINE = ids.siren("41278953")
S_ALTAIR = ids.siren("81294570")
S_ROUSSEL = ids.siren("39485120")
S_FERRAND = ids.siren("90231746")
S_DISTRIB = ids.siren("52871034")
S_COMPTOIR = ids.siren("83120957")
S_BREVAL = ids.siren("43876219")
S_CARADEC = ids.siren("50219384")
S_NUAGIK = ids.siren("88412605")
S_VIDAL = ids.siren("79503318")
S_TILLEULS = ids.siren("32195468")

ICE_ATLAS = ids.ice("0015489620000")
ICE_ENNAKHIL = ids.ice("0002367410000")
ICE_NEXA = ids.ice("0026814530000")
ICE_AMAL = ids.ice("0017735290000")
ICE_SAKANE = ids.ice("0021907640000")
ICE_RIAD = ids.ice("0024451870000")
ICE_ATLASDIST = ids.ice("0019876230000")
ICE_NAKHIL_CAFE = ids.ice("0030125480000")
ICE_TOL = ids.ice("0011223340000")
ICE_AGRUMES = ids.ice("0008864120000")
ICE_SOUSS = ids.ice("0027743610000")
ICE_KALAM = ids.ice("0023318750000")
ICE_LYCEE = ids.ice("0031170240000")
ICE_NOUR = ids.ice("0029934560000")
ICE_BAHJA = ids.ice("0032206780000")

GB_HARBOUR = ids.gb_vat("2847193")
GB_OAKRIDGE = ids.gb_vat("3918264")
DE_NATURALIS = ids.de_vat("81375291")


def sp(s, n=3):
    """Print an identifier in blocks, as invoices often do (FR 87 412 789 539)."""
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


BASE_CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; }
table { border-collapse: collapse; }
.r { text-align: right; } .c { text-align: center; }
.small { font-size: 7.5pt; color: #555; }
"""


def page(body, css="", lang="fr", dir_="ltr"):
    return (f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
            f"<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>")


def lines_table(rows, head, cls="lines", widths=None):
    h = "".join(f"<th>{c}</th>" for c in head)
    b = ""
    for row in rows:
        b += "<tr>" + "".join(
            f"<td class='{'r' if i > 0 else ''}'>{c}</td>" for i, c in enumerate(row)) + "</tr>"
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


DOCS = []


def doc(name, lang, country, category, html, fields, accept=None, note=""):
    DOCS.append(dict(file=name, language=lang, country=country, category=category, html=html,
                     fields=fields, accept=accept or {}, note=note))


# ================================================================ F1 artisan plumber, Lyon
def f1():
    rows = [("Remplacement chauffe-eau électrique 200 L (fourniture)", "1", fr(890), fr(890)),
            ("Main d'œuvre plombier (heures)", "6", fr(55), fr(330)),
            ("Forfait déplacement Lyon / Caluire", "1", fr(30), fr(30))]
    ht, tva = D("1250.00"), D("125.00")
    siret = ids.siret(S_LEMOINE, "0002")
    css = """
    .hd { display:flex; justify-content:space-between; border-bottom:3px solid #1b5e9b; padding-bottom:8px; }
    .logo { font-size:18pt; font-weight:bold; color:#1b5e9b; }
    .cli { margin:18px 0 18px 55%; border:1px solid #999; padding:8px; }
    table.lines { width:100%; margin-top:10px; } table.lines th { background:#1b5e9b; color:#fff; padding:5px; font-size:8.5pt; }
    table.lines td { border-bottom:1px solid #ddd; padding:5px; }
    .tot { margin-left:55%; width:45%; margin-top:10px; } .tot td { padding:4px; } .big td { font-weight:bold; font-size:11pt; border-top:2px solid #1b5e9b; }
    .foot { position:fixed; bottom:0; left:0; right:0; text-align:center; font-size:7pt; color:#666; }
    """
    body = f"""
    <div class='hd'><div><div class='logo'>LEMOINE</div><div>Plomberie · Chauffage · Sanitaire</div>
    <div>12 rue des Tanneurs<br>69007 Lyon<br>Tél. 04 78 61 22 09 — contact@lemoine-plomberie.fr</div></div>
    <div class='r'><h1 style='margin:0;font-size:20pt'>FACTURE</h1>
    <div>N° FA-2024-0137</div><div>Date : 14/03/2024</div><div>Date d'échéance : 13/04/2024</div>
    <div>Réf. devis : D-2024-0112</div></div></div>
    <div class='cli'><b>M. et Mme Garnier</b><br>8 allée des Cerisiers<br>69300 Caluire-et-Cuire</div>
    <div>Intervention du 11/03/2024 — remplacement du ballon d'eau chaude.</div>
    {lines_table(rows, ['Désignation', 'Qté', 'P.U. HT (€)', 'Montant HT (€)'])}
    <table class='tot'>
    <tr><td>Total HT</td><td class='r'>{fr(ht)} €</td></tr>
    <tr><td>TVA 10 % (travaux de rénovation)</td><td class='r'>{fr(tva)} €</td></tr>
    <tr><td>Total TTC</td><td class='r'>{fr(ht + tva)} €</td></tr>
    <tr class='big'><td>Net à payer</td><td class='r'>{fr(ht + tva)} €</td></tr></table>
    <p class='small' style='margin-top:30px'>Règlement par chèque ou virement — IBAN FR76 1027 8073 0000 0204 9510 145.
    Pas d'escompte pour paiement anticipé. En cas de retard, pénalités au taux de 10 % et indemnité forfaitaire
    pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).</p>
    <div class='foot'>Lemoine Plomberie Chauffage SARL au capital de 8 000 € — SIRET {sp(siret[:9])} {siret[9:]} —
    RCS Lyon {sp(S_LEMOINE)} — TVA intracommunautaire {ids.fr_vat(S_LEMOINE)} — Assurance décennale MAAF n° 145789632</div>
    """
    doc("fr-facture-plomberie.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="FA-2024-0137", issueDate="2024-03-14", dueDate="2024-04-13",
        totalAmount="1375.00", netAmount="1250.00", taxAmount="125.00", amountDue="1375.00",
        currency="EUR", sellerName="Lemoine Plomberie Chauffage SARL", sellerId=siret,
        buyerName="M. et Mme Garnier"),
        accept=dict(sellerId=[S_LEMOINE, ids.fr_vat(S_LEMOINE)], sellerName=["Lemoine"],
                    buyerName=["Garnier"]),
        note="Private buyer (no id). Seller ids only in the footer.")


# ================================================================ F2 consulting with a deposit
def f2():
    ht, tva = D("8400.00"), D("1680.00")
    css = """
    body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
    .top { display:flex; justify-content:space-between; }
    h1 { letter-spacing:4px; font-weight:normal; border-bottom:1px solid #000; }
    table.lines { width:100%; } table.lines th { border-top:1px solid #000; border-bottom:1px solid #000; padding:6px; text-align:left; }
    table.lines td { padding:6px; }
    .tot { width:50%; margin-left:50%; } .tot td { padding:3px 6px; } .tot tr.s td { border-top:1px solid #000; font-weight:bold; }
    """
    rows = [("Mission de diagnostic organisationnel — 12 jours × 650,00 €", fr(7800, " ")),
            ("Frais de déplacement et d'hébergement (forfait)", fr(600, " "))]
    body = f"""
    <div class='top'><div><b style='font-size:15pt'>ALTAÏR CONSEIL</b><br>Société par actions simplifiée au capital de 20 000 €<br>
    45 boulevard Haussmann — 75009 Paris<br>SIREN {sp(S_ALTAIR)} — RCS Paris<br>N° TVA : {ids.fr_vat(S_ALTAIR)}</div>
    <div style='margin-top:40px'>Paris, le 31 janvier 2025</div></div>
    <div style='margin:25px 0 10px 50%'><b>Boulangeries Roussel SARL</b><br>À l'attention de Mme Hélène Roussel<br>
    17 rue Nationale<br>37000 Tours<br>SIREN : {S_ROUSSEL}<br>TVA : {ids.fr_vat(S_ROUSSEL)}</div>
    <h1>FACTURE</h1>
    <p>Facture n° <b>2025-0042</b><br>Date d'émission : 31 janvier 2025<br>Date d'échéance : 2 mars 2025<br>
    Votre bon de commande : BC-ROU-2024-118 du 4 novembre 2024</p>
    <table class='lines'><thead><tr><th>Prestation</th><th class='r'>Montant HT</th></tr></thead><tbody>
    {''.join(f"<tr><td>{a}</td><td class='r'>{b} €</td></tr>" for a, b in rows)}</tbody></table>
    <table class='tot'>
    <tr><td>Total HT</td><td class='r'>{fr(ht, ' ')} €</td></tr>
    <tr><td>TVA 20 %</td><td class='r'>{fr(tva, ' ')} €</td></tr>
    <tr class='s'><td>Total TTC</td><td class='r'>{fr(ht + tva, ' ')} €</td></tr>
    <tr><td>Acompte reçu le 15/12/2024 (facture d'acompte 2024-0311)</td><td class='r'>- {fr(3000, ' ')} €</td></tr>
    <tr class='s'><td>Net à payer</td><td class='r'>{fr(ht + tva - 3000, ' ')} €</td></tr></table>
    <p class='small' style='margin-top:25px'>Conditions de paiement : 30 jours date de facture, par virement (IBAN FR76 3000 4008 2800 0112 3456 789, BIC BNPAFRPPXXX).
    Escompte pour paiement anticipé : néant. Tout retard de paiement entraîne des pénalités égales à trois fois le taux
    d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros.</p>
    """
    doc("fr-facture-conseil-acompte.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="2025-0042", issueDate="2025-01-31", dueDate="2025-03-02",
        totalAmount="10080.00", netAmount="8400.00", taxAmount="1680.00", amountDue="7080.00",
        currency="EUR", sellerName="Altaïr Conseil", sellerId=S_ALTAIR,
        buyerName="Boulangeries Roussel SARL", buyerId=S_ROUSSEL),
        accept=dict(sellerId=[ids.fr_vat(S_ALTAIR)], buyerId=[ids.fr_vat(S_ROUSSEL)]),
        note="Deposit deducted: amountDue differs from totalAmount. Dates written in words.")


# ================================================================ F3 micro-entrepreneur, VAT not applicable
def f3():
    siret = ids.siret(S_FERRAND, "0001")
    css = """
    body { font-family: 'Liberation Sans', sans-serif; }
    .band { background:#f2e8dc; padding:14px; } h2 { color:#a0522d; margin:0 0 4px 0; }
    table.lines { width:100%; margin-top:14px; } table.lines th { text-align:left; color:#a0522d; border-bottom:2px solid #a0522d; padding:5px; }
    table.lines td { padding:6px 5px; border-bottom:1px dotted #aaa; }
    """
    rows = [("Création de logotype (3 pistes, 2 allers-retours)", fr(900, NNBSP) + " €"),
            ("Charte graphique (couleurs, typographies, usages)", fr(600, NNBSP) + " €"),
            ("Déclinaisons : carte de visite, affiche A3, bannière web", fr(300, NNBSP) + " €")]
    body = f"""
    <div class='band'><h2>Camille Ferrand</h2>Graphiste — identité visuelle<br>
    6 impasse du Moulin, 44000 Nantes · 06 12 48 93 70 · camille@ferrand-graphisme.fr<br>
    Entrepreneur individuel — SIRET {sp(siret[:9])} {siret[9:]}</div>
    <table style='width:100%;margin-top:20px'><tr><td style='width:50%;vertical-align:top'>
    <b>Facture N° 24-017</b><br>Émise le 02/10/2024<br>Paiement : à réception de facture</td>
    <td style='vertical-align:top'><b>Client</b><br>Association Les Jardins Partagés du Marais<br>3 rue de la Roquette<br>75011 Paris</td></tr></table>
    <table class='lines'><thead><tr><th>Description</th><th class='r'>Prix</th></tr></thead><tbody>
    {''.join(f"<tr><td>{a}</td><td class='r'>{b}</td></tr>" for a, b in rows)}</tbody></table>
    <table style='width:45%;margin-left:55%;margin-top:10px'>
    <tr><td>Total HT</td><td class='r'>{fr(1800, NNBSP)} €</td></tr>
    <tr><td><b>Net à payer</b></td><td class='r'><b>{fr(1800, NNBSP)} €</b></td></tr></table>
    <p><i>TVA non applicable, art. 293 B du CGI.</i></p>
    <p class='small'>En cas de retard de paiement : pénalités au taux annuel de 12 % et indemnité forfaitaire de 40 € pour frais de recouvrement.</p>
    """
    doc("fr-facture-microentreprise.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="24-017", issueDate="2024-10-02",
        totalAmount="1800.00", netAmount="1800.00", amountDue="1800.00",
        currency="EUR", sellerName="Camille Ferrand", sellerId=siret,
        buyerName="Association Les Jardins Partagés du Marais"),
        accept=dict(sellerId=[S_FERRAND]),
        note="No VAT (art. 293 B): taxAmount not shown; 'payable à réception' so no due date.")


# ================================================================ F4 wholesaler, two VAT rates
def f4():
    items = [("HUI-05L", "Huile d'olive vierge extra 5 L", 12, D("38.50"), "5,5"),
             ("FAR-T65", "Farine de blé T65 sac 25 kg", 10, D("21.90"), "5,5"),
             ("CAF-1KG", "Café en grains pur arabica 1 kg", 20, D("17.80"), "5,5"),
             ("EMB-KRF", "Sacs kraft à poignées (lot unitaire)", 500, D("0.12"), "20"),
             ("NET-SUR", "Nettoyant surfaces alimentaires 750 ml", 24, D("4.35"), "20")]
    rows = [(f"{c}", d, str(q), fr(p, "."), t, fr(q * p, ".")) for c, d, q, p, t in items]
    b55 = sum(q * p for _, _, q, p, t in items if t == "5,5")
    b20 = sum(q * p for _, _, q, p, t in items if t == "20")
    t55, t20 = r2(b55 * D("0.055")), r2(b20 * D("0.20"))
    ht, tva = b55 + b20, t55 + t20
    assert (ht, tva) == (D("1201.40"), D("89.92")), (ht, tva)
    siret = ids.siret(S_DISTRIB, "0015")
    css = """
    body { font-size: 8.5pt; }
    .grid { display:grid; grid-template-columns: 1fr 1fr; gap: 10px; }
    .box { border:1px solid #333; padding:6px; } .lbl { font-size:7pt; text-transform:uppercase; color:#666; }
    table.lines { width:100%; margin-top:10px; border:1px solid #333; } table.lines th { background:#ddd; border:1px solid #333; padding:3px; }
    table.lines td { border-left:1px solid #333; padding:3px; }
    table.vat { border:1px solid #333; margin-top:10px; } table.vat td, table.vat th { border:1px solid #333; padding:3px 8px; }
    """
    body = f"""
    <div class='grid'><div><b style='font-size:14pt'>DISTRIB'ALIM OUEST</b><br>Z.A. de la Lorie — 8 rue des Entrepreneurs<br>44800 Saint-Herblain<br>
    Tél. 02 40 92 17 30</div>
    <div class='box'><div class='lbl'>Facture</div><b style='font-size:12pt'>FV240987</b>
    <table style='width:100%'><tr><td class='lbl'>Date de facture</td><td class='lbl'>Code client</td><td class='lbl'>Date limite de paiement</td></tr>
    <tr><td>05.11.2024</td><td>C-0458</td><td>20.12.2024</td></tr></table></div>
    <div class='box'><div class='lbl'>Adresse de livraison</div>Épicerie Fine Le Comptoir<br>Quai de la Fosse, 22<br>44000 Nantes</div>
    <div class='box'><div class='lbl'>Adresse de facturation</div><b>ÉPICERIE FINE LE COMPTOIR SARL</b><br>22 quai de la Fosse<br>44000 Nantes<br>
    SIRET client : {ids.siret(S_COMPTOIR, '0001')}</div></div>
    <div style='margin-top:8px'>Bon de livraison BL-24-11020 du 04.11.2024</div>
    {lines_table(rows, ['Réf.', 'Désignation', 'Qté', 'PU HT', 'TVA %', 'Montant HT'])}
    <div style='display:flex;justify-content:space-between'>
    <table class='vat'><tr><th>Taux</th><th>Base HT</th><th>Montant TVA</th></tr>
    <tr><td>5,5 %</td><td class='r'>{fr(b55, '.')}</td><td class='r'>{fr(t55, '.')}</td></tr>
    <tr><td>20 %</td><td class='r'>{fr(b20, '.')}</td><td class='r'>{fr(t20, '.')}</td></tr></table>
    <table class='vat'><tr><td>Montant HT</td><td class='r'>{fr(ht, '.')} €</td></tr>
    <tr><td>Montant TVA</td><td class='r'>{fr(tva, '.')} €</td></tr>
    <tr><td>Montant TTC</td><td class='r'>{fr(ht + tva, '.')} €</td></tr>
    <tr><th>Montant TTC à payer</th><th class='r'>{fr(ht + tva, '.')} €</th></tr></table></div>
    <p class='small'>Paiement par LCR à 45 jours. Escompte 0 %. Pénalités de retard : 3 fois le taux d'intérêt légal.
    Indemnité forfaitaire pour frais de recouvrement : 40,00 €. Réserve de propriété jusqu'au paiement intégral (loi 80-335).</p>
    <p class='small'>Distrib'Alim Ouest SAS — capital 150.000,00 € — SIRET {siret} — RCS Nantes {sp(S_DISTRIB)} — N° TVA {ids.fr_vat(S_DISTRIB)} — APE 4639B</p>
    """
    doc("fr-facture-grossiste-multitva.pdf", "fr", "FR", "pdf", page(body, css), dict(
        invoiceNumber="FV240987", issueDate="2024-11-05", dueDate="2024-12-20",
        totalAmount="1291.32", netAmount="1201.40", taxAmount="89.92", amountDue="1291.32",
        currency="EUR", sellerName="Distrib'Alim Ouest SAS", sellerId=siret,
        buyerName="Épicerie Fine Le Comptoir SARL", buyerId=ids.siret(S_COMPTOIR, "0001")),
        accept=dict(sellerId=[S_DISTRIB, ids.fr_vat(S_DISTRIB)], buyerId=[S_COMPTOIR]),
        note="Two VAT rates; dates with dots; '.' as thousands separator; distractor amounts (capital, 40 €).")


# ================================================================ Factur-X French visuals (XML written by facturx.py)
FX = []


def f5():
    siret = ids.siret(S_BREVAL, "0024")
    ht, tva = D("1632.16"), D("326.43")
    css = """
    body { font-family:'Liberation Sans',sans-serif; }
    .hd { background:#263238; color:#fff; padding:12px; display:flex; justify-content:space-between; }
    table.lines { width:100%; margin-top:12px; } table.lines th { border-bottom:2px solid #263238; padding:5px; text-align:left; }
    table.lines td { padding:5px; border-bottom:1px solid #ccc; }
    .tot td { padding:4px 8px; }
    """
    body = f"""
    <div class='hd'><div><b style='font-size:16pt'>TRANSPORTS BRÉVAL &amp; FILS</b><br>Transport routier de marchandises — Location de véhicules avec chauffeur</div>
    <div class='r'>FACTURE<br><b>N° TR-24-11187</b></div></div>
    <table style='width:100%;margin-top:10px'><tr><td style='vertical-align:top'>Transports Bréval et Fils SAS<br>ZI du Madrillet, 140 avenue des Canadiens<br>76800 Saint-Étienne-du-Rouvray<br>
    SIRET {siret}<br>TVA {ids.fr_vat(S_BREVAL)}</td>
    <td style='vertical-align:top'><b>Menuiseries Caradec SARL</b><br>Zone de Kerdroniou<br>29000 Quimper<br>SIRET {ids.siret(S_CARADEC, '0003')}<br>TVA {ids.fr_vat(S_CARADEC)}</td>
    <td style='vertical-align:top' class='r'>Date : 28/11/2024<br>Échéance : 28/12/2024<br>Lettre de voiture : LV-558120</td></tr></table>
    {lines_table([('Transport Rouen → Quimper, semi complète, 24 palettes', '1', fr(1480), fr(1480)),
                  ('Manutention hayon (livraison)', '2', fr(45), fr(90)),
                  ('Surcharge gazole (indexation CNR 4,2 %)', '1', fr('62.16'), fr('62.16'))],
                 ['Prestation', 'Qté', 'PU HT €', 'Total HT €'])}
    <table class='tot' style='margin-left:auto'>
    <tr><td>Total HT</td><td class='r'>{fr(ht)} €</td></tr><tr><td>TVA 20,00 %</td><td class='r'>{fr(tva)} €</td></tr>
    <tr><td><b>Total TTC</b></td><td class='r'><b>{fr(ht + tva)} €</b></td></tr>
    <tr><td><b>Net à payer</b></td><td class='r'><b>{fr(ht + tva)} €</b></td></tr></table>
    <p class='small'>Facture électronique au format Factur-X (profil EN 16931) : les données structurées jointes font foi.
    Pénalités de retard : taux BCE + 10 points ; indemnité forfaitaire de recouvrement 40 €.</p>
    """
    f = dict(invoiceNumber="TR-24-11187", issueDate="2024-11-28", dueDate="2024-12-28",
             totalAmount="1958.59", netAmount="1632.16", taxAmount="326.43", amountDue="1958.59",
             currency="EUR", sellerName="Transports Bréval et Fils SAS", sellerId=siret,
             buyerName="Menuiseries Caradec SARL", buyerId=ids.siret(S_CARADEC, "0003"))
    doc("fr-facturx-transport.pdf", "fr", "FR", "facturx", page(body, css), f,
        accept=dict(sellerId=[S_BREVAL, ids.fr_vat(S_BREVAL)], buyerId=[S_CARADEC, ids.fr_vat(S_CARADEC)],
                    sellerName=["Transports Bréval & Fils"]),
        note="Factur-X EN 16931; XML and visible text agree.")
    FX.append(dict(file="fr-facturx-transport.pdf", id="TR-24-11187", issue="20241128", due_real="20241228",
                   seller=("Transports Bréval et Fils SAS", siret, ids.fr_vat(S_BREVAL),
                           "140 avenue des Canadiens", "76800", "Saint-Étienne-du-Rouvray"),
                   buyer=("Menuiseries Caradec SARL", ids.siret(S_CARADEC, "0003"), ids.fr_vat(S_CARADEC),
                          "Zone de Kerdroniou", "29000", "Quimper"),
                   lines=[("Transport Rouen - Quimper, semi complète", "1", "1480.00", "1480.00"),
                          ("Manutention hayon", "2", "45.00", "90.00"),
                          ("Surcharge gazole", "1", "62.16", "62.16")],
                   rate="20.00", ht="1632.16", tva="326.43", ttc="1958.59", prepaid="0.00", due_amt="1958.59"))


def f6():
    siren = S_NUAGIK
    css = """
    body { font-family:'DejaVu Sans',sans-serif; font-size:9pt; color:#333; }
    .brand { color:#6a1b9a; font-size:22pt; font-weight:bold; }
    .meta td { padding:2px 10px 2px 0; }
    table.lines { width:100%; margin-top:18px; } table.lines th { background:#f3e5f5; padding:6px; text-align:left; }
    table.lines td { padding:6px; border-bottom:1px solid #eee; }
    """
    body = f"""
    <div style='display:flex;justify-content:space-between'><div class='brand'>nuagik</div>
    <div class='small r'>Nuagik SAS — 1350 avenue Albert Einstein, 34000 Montpellier<br>SIREN {siren} · RCS Montpellier · TVA {ids.fr_vat(siren)}<br>facturation@nuagik.fr</div></div>
    <h2 style='color:#6a1b9a'>Facture</h2>
    <table class='meta'><tr><td>Numéro</td><td><b>INV-FR-2025-00318</b></td></tr>
    <tr><td>Date d'émission</td><td>01/04/2025</td></tr><tr><td>Date d'échéance</td><td>15/04/2025</td></tr>
    <tr><td>Période</td><td>du 01/04/2025 au 30/06/2025</td></tr></table>
    <div style='margin-top:12px'><b>Facturé à</b><br>Cabinet Vidal &amp; Associés SELARL<br>9 cours Mirabeau, 13100 Aix-en-Provence<br>TVA : {ids.fr_vat(S_VIDAL)}</div>
    {lines_table([('Abonnement Nuagik Pro — 3 utilisateurs × 3 mois', '9', fr('16.00'), fr(144)),
                  ('Stockage supplémentaire 100 Go (trimestre)', '1', fr(28), fr(28))],
                 ['Description', 'Quantité', 'Prix unitaire HT', 'Total HT'])}
    <table style='margin-left:auto;margin-top:10px'><tr><td>Sous-total HT</td><td class='r'>{fr(172)} €</td></tr>
    <tr><td>TVA (20 %)</td><td class='r'>{fr('34.40')} €</td></tr>
    <tr><td><b>Total TTC</b></td><td class='r'><b>{fr('206.40')} €</b></td></tr>
    <tr><td>Montant à payer</td><td class='r'>{fr('206.40')} €</td></tr></table>
    <p class='small'>Prélèvement SEPA le 15/04/2025 (mandat NGK-00912). Indemnité forfaitaire pour frais de recouvrement en cas de retard : 40 €.</p>
    """
    f = dict(invoiceNumber="INV-FR-2025-00318", issueDate="2025-04-01", dueDate="2025-04-15",
             totalAmount="206.40", netAmount="172.00", taxAmount="34.40", amountDue="206.40",
             currency="EUR", sellerName="Nuagik SAS", sellerId=siren,
             buyerName="Cabinet Vidal & Associés SELARL", buyerId=ids.fr_vat(S_VIDAL))
    doc("fr-facturx-abonnement.pdf", "fr", "FR", "facturx", page(body, css), f,
        accept=dict(sellerId=[ids.fr_vat(siren)], buyerId=[S_VIDAL], buyerName=["Cabinet Vidal et Associés"]),
        note="Factur-X EN 16931; buyer identified by VAT number only (SIREN inside the VAT number).")
    FX.append(dict(file="fr-facturx-abonnement.pdf", id="INV-FR-2025-00318", issue="20250401", due_real="20250415",
                   seller=("Nuagik SAS", siren, ids.fr_vat(siren), "1350 avenue Albert Einstein", "34000", "Montpellier"),
                   buyer=("Cabinet Vidal & Associés SELARL", None, ids.fr_vat(S_VIDAL), "9 cours Mirabeau", "13100", "Aix-en-Provence"),
                   lines=[("Abonnement Nuagik Pro", "9", "16.00", "144.00"),
                          ("Stockage supplémentaire 100 Go", "1", "28.00", "28.00")],
                   rate="20.00", ht="172.00", tva="34.40", ttc="206.40", prepaid="0.00", due_amt="206.40"))


# ================================================================ Moroccan invoices
MA_CSS = """
.entete { display:flex; justify-content:space-between; align-items:flex-start; }
.raison { font-size:16pt; font-weight:bold; }
table.lines { width:100%; margin-top:12px; border:1px solid #000; } table.lines th { border:1px solid #000; background:#e8e8e8; padding:4px; }
table.lines td { border-left:1px solid #000; border-right:1px solid #000; padding:4px; }
table.tot { border:1px solid #000; } table.tot td { border:1px solid #000; padding:4px 10px; }
.pied { position:fixed; bottom:0; left:0; right:0; border-top:1px solid #000; font-size:7pt; text-align:center; padding-top:3px; }
"""


def m1():
    rows = [("Ciment CPJ 45 — sac 50 kg", "400", ma(78), ma(31200)),
            ("Fer à béton HA 12 — barre 12 m", "300", ma(42), ma(12600)),
            ("Sable de rivière lavé (m³)", "12", ma(150), ma(1800))]
    body = f"""
    <div class='entete'><div><div class='raison'>MATÉRIAUX ATLAS</div>S.A.R.L. au capital de 500.000,00 DH<br>
    Négoce de matériaux de construction<br>214, Bd Mohammed V — Casablanca<br>Tél : 05 22 30 41 77</div>
    <div style='border:1px solid #000;padding:8px;width:42%'><b>Client :</b> SOCIÉTÉ IMMOBILIÈRE ENNAKHIL S.A.<br>
    Résidence Les Palmiers, Route d'El Jadida — Casablanca<br>ICE : {ICE_ENNAKHIL}</div></div>
    <h2 style='text-align:center;text-decoration:underline'>FACTURE N° 2024/0153</h2>
    <table style='width:100%'><tr><td>Casablanca, le 12/06/2024</td><td>Bon de livraison N° BL-0981</td><td>Bon de commande N° 88/24</td></tr></table>
    {lines_table(rows, ['Désignation', 'Quantité', 'Prix unitaire HT', 'Montant HT'])}
    <div style='display:flex;justify-content:space-between;margin-top:10px'>
    <div style='width:50%'>Mode de règlement : Effet à 60 jours<br>Échéance : 11/08/2024<br>RIB : 007 780 0001234567890123 45 (Attijariwafa bank)</div>
    <table class='tot'><tr><td>Total HT</td><td class='r'>{ma(45600)}</td></tr>
    <tr><td>TVA 20 %</td><td class='r'>{ma(9120)}</td></tr>
    <tr><td>Total TTC</td><td class='r'>{ma(54720)}</td></tr>
    <tr><td><b>NET À PAYER (DH)</b></td><td class='r'><b>{ma(54720)}</b></td></tr></table></div>
    <p>Arrêtée la présente facture à la somme de : <b>Cinquante-quatre mille sept cent vingt dirhams TTC</b>.</p>
    <div class='pied'>Matériaux Atlas SARL — RC Casablanca 341229 — IF 40218765 — Patente 35704412 — CNSS 7712094 — ICE {ICE_ATLAS}</div>
    """
    doc("ma-facture-materiaux.pdf", "fr", "MA", "pdf", page(body, MA_CSS), dict(
        invoiceNumber="2024/0153", issueDate="2024-06-12", dueDate="2024-08-11",
        totalAmount="54720.00", netAmount="45600.00", taxAmount="9120.00", amountDue="54720.00",
        currency="MAD", sellerName="Matériaux Atlas SARL", sellerId=ICE_ATLAS,
        buyerName="Société Immobilière Ennakhil S.A.", buyerId=ICE_ENNAKHIL),
        note="Amounts as 1.234,56 with no currency on the figures except the 'NET À PAYER (DH)' label; seller ICE only in footer.")


def m2():
    css = MA_CSS + """
    body { font-family:'Liberation Sans',sans-serif; }
    .bar { background:#00695c; color:#fff; padding:10px; }
    """
    rows = [("Contrat de maintenance annuelle du parc informatique (45 postes)", "1", en(7400), en(7400)),
            ("Licences antivirus entreprise — 1 an", "20", en(150), en(3000))]
    body = f"""
    <div class='bar'><b style='font-size:16pt'>NEXA DIGITAL SOLUTIONS</b> — SARL AU<br>Infogérance · Réseaux · Cybersécurité</div>
    <table style='width:100%;margin-top:10px'><tr><td style='vertical-align:top'>Immeuble Nour, Av. Annakhil, Hay Riad — Rabat<br>
    ICE : {ICE_NEXA}<br>IF : 52149870 · RC Rabat : 128744 · Patente : 25190331 · CNSS : 9038821</td>
    <td style='vertical-align:top'><b>Facturé à :</b><br>CLINIQUE AL AMAL SA<br>12, Rue Ibn Khatib, Fès<br>ICE : {ICE_AMAL}</td></tr></table>
    <h2>Facture</h2>
    <table><tr><td>Facture n° :</td><td><b>ND-2025-0027</b></td></tr><tr><td>Date :</td><td>2025-02-03</td></tr>
    <tr><td>Date d'échéance :</td><td>2025-03-05</td></tr><tr><td>Devise :</td><td>MAD</td></tr></table>
    {lines_table(rows, ['Description', 'Qté', 'P.U. HT (MAD)', 'Total HT (MAD)'])}
    <table class='tot' style='margin-left:auto;margin-top:10px'>
    <tr><td>Total HT</td><td class='r'>MAD {en(10400)}</td></tr>
    <tr><td>TVA 20%</td><td class='r'>MAD {en(2080)}</td></tr>
    <tr><td><b>Total TTC</b></td><td class='r'><b>MAD {en(12480)}</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de douze mille quatre cent quatre-vingts dirhams toutes taxes comprises.</p>
    <p class='small'>Paiement par virement à 30 jours — RIB 230 810 2114598760012300 87 (CIH Bank).</p>
    """
    doc("ma-facture-informatique.pdf", "fr", "MA", "pdf", page(body, css), dict(
        invoiceNumber="ND-2025-0027", issueDate="2025-02-03", dueDate="2025-03-05",
        totalAmount="12480.00", netAmount="10400.00", taxAmount="2080.00",
        currency="MAD", sellerName="Nexa Digital Solutions SARL AU", sellerId=ICE_NEXA,
        buyerName="Clinique Al Amal SA", buyerId=ICE_AMAL),
        note="English number notation (MAD 12,480.00) on a French-language Moroccan invoice; ISO dates.")


AR_FONT = "'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',sans-serif"


def m3():
    css = MA_CSS + f"""
    body {{ font-family:'DejaVu Sans',{AR_FONT}; font-size:9pt; }}
    .ar {{ font-family:{AR_FONT}; direction:rtl; unicode-bidi:embed; }}
    table.lines td.ar, table.lines th.ar {{ text-align:right; }}
    """
    body = f"""
    <div class='entete'><div><div class='raison'>STÉ SAKANE TRAVAUX SARL</div>Travaux de bâtiment et d'aménagement<br>
    Lot. Al Massira, N° 55 — Marrakech</div>
    <div class='ar raison' style='text-align:right'>شركة سكن للأشغال ش.م.م<div style='font-size:9pt;font-weight:normal'>أشغال البناء والتهيئة — تجزئة المسيرة، رقم 55 — مراكش</div></div></div>
    <table style='width:100%;margin-top:14px;border:1px solid #000'><tr>
    <td>Facture N° : <b>87/2024</b></td><td class='ar'>فاتورة رقم : 87/2024</td></tr>
    <tr><td>Date : 21/11/2024</td><td class='ar'>التاريخ : 21/11/2024</td></tr>
    <tr><td>Échéance : 21/12/2024</td><td class='ar'>تاريخ الاستحقاق : 21/12/2024</td></tr>
    <tr><td>Client : RIAD YASMINE SARL — Derb Sidi Bouloukat, Marrakech</td><td class='ar'>الزبون : رياض ياسمين ش.م.م</td></tr>
    <tr><td>ICE client : {ICE_RIAD}</td><td class='ar'>التعريف الموحد للمقاولة للزبون : {ICE_RIAD}</td></tr></table>
    <table class='lines'><thead><tr><th>Désignation / البيان</th><th>Qté / الكمية</th><th>P.U. / ثمن الوحدة</th><th>Montant / المبلغ</th></tr></thead><tbody>
    <tr><td>Réfection étanchéité terrasse (m²) — إصلاح عزل السطح</td><td class='r'>110</td><td class='r'>{ma(95)}</td><td class='r'>{ma(10450)}</td></tr>
    <tr><td>Enduit tadelakt salle d'eau (m²) — تبليط بالتدلاكت</td><td class='r'>35</td><td class='r'>{ma(230)}</td><td class='r'>{ma(8050)}</td></tr></tbody></table>
    <table class='tot' style='margin-left:auto;margin-top:10px'>
    <tr><td>Total HT</td><td class='ar'>المجموع دون احتساب الرسوم</td><td class='r'>{ma(18500)}</td></tr>
    <tr><td>TVA 20 %</td><td class='ar'>الضريبة على القيمة المضافة 20%</td><td class='r'>{ma(3700)}</td></tr>
    <tr><td>Total TTC</td><td class='ar'>المجموع مع احتساب الرسوم</td><td class='r'>{ma(22200)}</td></tr>
    <tr><td><b>Net à payer (DH)</b></td><td class='ar'><b>الصافي للأداء (درهم)</b></td><td class='r'><b>{ma(22200)}</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de : vingt-deux mille deux cents dirhams TTC.</p>
    <p class='ar'>حُصِرت هذه الفاتورة في مبلغ : اثنان وعشرون ألفا ومائتا درهم مع احتساب الرسوم.</p>
    <div class='pied'>RC Marrakech 90127 — IF 15098234 — Patente 45112093 — CNSS 8823190 — ICE {ICE_SAKANE} —
    <span class='ar'>التعريف الموحد للمقاولة {ICE_SAKANE}</span></div>
    """
    doc("ma-facture-bilingue-fr-ar.pdf", "fr+ar", "MA", "pdf", page(body, css), dict(
        invoiceNumber="87/2024", issueDate="2024-11-21", dueDate="2024-12-21",
        totalAmount="22200.00", netAmount="18500.00", taxAmount="3700.00", amountDue="22200.00",
        currency="MAD", sellerName="Sakane Travaux SARL", sellerId=ICE_SAKANE,
        buyerName="Riad Yasmine SARL", buyerId=ICE_RIAD),
        accept=dict(sellerName=["Sté Sakane Travaux SARL", "شركة سكن للأشغال ش.م.م"], buyerName=["رياض ياسمين ش.م.م"]),
        note="Bilingual French/Arabic labels side by side.")


def m4():
    css = MA_CSS + f"""
    body {{ font-family:{AR_FONT}; font-size:10pt; }}
    table.lines td {{ text-align:right; }}
    """
    rows = [("قهوة محمصة - كيس 1 كلغ", "25", ma(120), ma(3000)),
            ("سكر قوالب - صندوق 12 قالبا", "20", ma(97.5), ma(1950)),
            ("أكواب زجاجية للشاي - علبة 6", "40", ma(32.5), ma(1300))]
    body = f"""
    <div class='entete'><div><div class='raison'>شركة الأطلس للتوزيع ش.م.م</div>توزيع المواد الغذائية بالجملة<br>
    الحي الصناعي، زنقة 7، رقم 19 — أكادير<br>الهاتف : 05 28 23 45 61</div>
    <div style='border:1px solid #000;padding:8px;width:40%'><b>الزبون :</b> مقهى النخيل ش.م.م<br>شارع الحسن الثاني، إنزكان<br>
    التعريف الموحد للمقاولة : {ICE_NAKHIL_CAFE}</div></div>
    <h2 style='text-align:center'>فاتورة رقم : 2025/045</h2>
    <table style='width:100%'><tr><td>التاريخ : 10/01/2025</td><td>تاريخ الاستحقاق : 09/02/2025</td><td>وصل التسليم رقم : 7731</td></tr></table>
    {lines_table(rows, ['البيان', 'الكمية', 'ثمن الوحدة دون رسوم', 'المبلغ دون رسوم'])}
    <table class='tot' style='margin-right:auto;margin-top:10px'>
    <tr><td>المجموع دون احتساب الرسوم</td><td>{ma(6250)} درهم</td></tr>
    <tr><td>الضريبة على القيمة المضافة 20%</td><td>{ma(1250)} درهم</td></tr>
    <tr><td>المجموع مع احتساب الرسوم</td><td>{ma(7500)} درهم</td></tr>
    <tr><td><b>المبلغ الواجب أداؤه</b></td><td><b>{ma(7500)} درهم</b></td></tr></table>
    <p>حُصِرت هذه الفاتورة في مبلغ : سبعة آلاف وخمسمائة درهم مع احتساب الرسوم.</p>
    <div class='pied'>السجل التجاري أكادير 40981 — التعريف الضريبي 37705129 — الضريبة المهنية 48207716 — الضمان الاجتماعي 6620375 —
    التعريف الموحد للمقاولة {ICE_ATLASDIST}</div>
    """
    doc("ma-facture-arabe.pdf", "ar", "MA", "pdf", page(body, css, lang="ar", dir_="rtl"), dict(
        invoiceNumber="2025/045", issueDate="2025-01-10", dueDate="2025-02-09",
        totalAmount="7500.00", netAmount="6250.00", taxAmount="1250.00", amountDue="7500.00",
        currency="MAD", sellerName="شركة الأطلس للتوزيع ش.م.م", sellerId=ICE_ATLASDIST,
        buyerName="مقهى النخيل ش.م.م", buyerId=ICE_NAKHIL_CAFE),
        note="Arabic only (right to left), Western digits, amounts in 'درهم'.")


def m5():
    css = MA_CSS + "body { font-family:'Liberation Serif',serif; font-size:10pt; }"
    rows = [("Transport frigorifique Agadir → Tanger Med, conteneur 40' reefer", "4", fr(6500, " "), fr(26000, " ")),
            ("Frais de passage portuaire et manutention", "4", fr(500, " "), fr(2000, " "))]
    body = f"""
    <div class='entete'><div><div class='raison'>TRANS ORIENTAL LOGISTIQUE</div>SARL — Transport national et international<br>
    Zone Franche Ksar El Majaz, Lot 12 — Tanger<br>ICE {ICE_TOL} · IF 26640128 · RC Tanger 77120</div>
    <div style='text-align:right'><b>AGRUMES DU SOUSS SA</b><br>Route de Taroudant, km 12<br>Ait Melloul<br>ICE {ICE_AGRUMES}</div></div>
    <h2>Facture N° TOL-24-3391 du 30 septembre 2024</h2>
    <p>Échéance : 30 octobre 2024 — Vos références : campagne clémentines 2024, DUM 0045871</p>
    {lines_table(rows, ['Désignation', 'Nombre', 'Prix unitaire', 'Montant HT'])}
    <table class='tot' style='margin-left:auto;margin-top:10px'>
    <tr><td>Montant HT</td><td class='r'>{fr(28000, ' ')} DH</td></tr>
    <tr><td>TVA 14 %</td><td class='r'>{fr(3920, ' ')} DH</td></tr>
    <tr><td>Montant TTC</td><td class='r'>{fr(31920, ' ')} DH</td></tr>
    <tr><td>Avance reçue (virement du 02/09/2024)</td><td class='r'>{fr(10000, ' ')} DH</td></tr>
    <tr><td><b>Reste à payer</b></td><td class='r'><b>{fr(21920, ' ')} DH</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de trente et un mille neuf cent vingt dirhams TTC, dont reste dû : vingt et un mille neuf cent vingt dirhams.</p>
    <p class='small'>Patente 50213377 — CNSS 4410928 — Paiement par virement : BMCE Bank, RIB 011 640 0000 12 200 0123456 71.</p>
    """
    doc("ma-facture-transport-avance.pdf", "fr", "MA", "pdf", page(body, css), dict(
        invoiceNumber="TOL-24-3391", issueDate="2024-09-30", dueDate="2024-10-30",
        totalAmount="31920.00", netAmount="28000.00", taxAmount="3920.00", amountDue="21920.00",
        currency="MAD", sellerName="Trans Oriental Logistique SARL", sellerId=ICE_TOL,
        buyerName="Agrumes du Souss SA", buyerId=ICE_AGRUMES),
        note="Advance deducted (amountDue < totalAmount); VAT 14 % (transport); dates in words.")


# ================================================================ English invoices
def e2():
    css = """
    body { font-family:'Liberation Sans',sans-serif; font-size:9.5pt; }
    .h { display:flex; justify-content:space-between; } .name { font-size:17pt; color:#0d47a1; }
    table.lines { width:100%; margin-top:14px; } table.lines th { border-bottom:1px solid #0d47a1; text-align:left; padding:5px; }
    table.lines td { padding:5px; border-bottom:1px solid #e0e0e0; }
    """
    body = f"""
    <div class='h'><div><div class='name'>Harbour Lane Analytics Ltd</div>Unit 4, Wapping Wharf, Bristol BS1 4RW<br>accounts@harbourlane.co.uk</div>
    <div class='r'><h1 style='margin:0'>INVOICE</h1>Invoice no. HLA-2025-031<br>Invoice date: 3 March 2025<br>Due date: 2 April 2025<br>PO: PH-7781</div></div>
    <p><b>Bill to</b><br>Pemberton &amp; Hale LLP<br>22 Chancery Lane<br>London WC2A 1LS</p>
    {lines_table([('Data audit and dashboard build (Feb 2025)', '8.5 days', '£450.00', '£3,825.00'),
                  ('Cloud hosting pass-through (Feb 2025)', '1', '£425.00', '£425.00')],
                 ['Description', 'Qty', 'Rate', 'Amount'])}
    <table style='margin-left:auto;margin-top:10px'><tr><td>Subtotal</td><td class='r'>£4,250.00</td></tr>
    <tr><td>VAT @ 20%</td><td class='r'>£850.00</td></tr><tr><td><b>Total</b></td><td class='r'><b>£5,100.00</b></td></tr>
    <tr><td><b>Amount due</b></td><td class='r'><b>£5,100.00</b></td></tr></table>
    <p>Payment terms: 30 days. Please pay by bank transfer to Harbour Lane Analytics Ltd, sort code 40-11-62, account 71234598, quoting HLA-2025-031.
    Late payments may incur statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998.</p>
    <p class='small'>Registered in England and Wales, company no. 09876543. VAT registration no. GB {sp(GB_HARBOUR)}.</p>
    """
    doc("en-invoice-uk-consulting.pdf", "en", "GB", "pdf", page(body, css, lang="en"), dict(
        invoiceNumber="HLA-2025-031", issueDate="2025-03-03", dueDate="2025-04-02",
        totalAmount="5100.00", netAmount="4250.00", taxAmount="850.00", amountDue="5100.00",
        currency="GBP", sellerName="Harbour Lane Analytics Ltd", sellerId="GB" + GB_HARBOUR,
        buyerName="Pemberton & Hale LLP"),
        accept=dict(sellerId=[GB_HARBOUR, "09876543"], buyerName=["Pemberton and Hale LLP"]),
        note="UK VAT invoice; currency only as the £ sign.")


def e3():
    css = """
    body { font-family:'DejaVu Serif',serif; font-size:9.5pt; }
    .t { font-size:26pt; color:#555; letter-spacing:3px; }
    table.lines { width:100%; margin-top:14px; border:1px solid #999; } table.lines th { background:#333; color:#fff; padding:5px; }
    table.lines td { padding:5px; border-top:1px solid #ccc; }
    """
    body = f"""
    <table style='width:100%'><tr><td><b style='font-size:14pt'>Brightline Facility Services, Inc.</b><br>480 Lexington Ave, Suite 1200<br>New York, NY 10017<br>(212) 555-0148</td>
    <td class='r'><div class='t'>INVOICE</div>INVOICE # 10457<br>DATE: March 15, 2024<br>DUE DATE: April 14, 2024<br>TERMS: Net 30</td></tr></table>
    <p><b>BILL TO:</b><br>Hudson Street Dental PC<br>Attn: Office Manager<br>311 Hudson St, New York, NY 10013</p>
    {lines_table([('Nightly janitorial service — February 2024', '1', '$1,850.00', '$1,850.00'),
                  ('Carpet deep cleaning (sq ft)', '1,400', '$0.45', '$630.00'),
                  ('Window washing, interior', '1', '$140.00', '$140.00')],
                 ['DESCRIPTION', 'QTY', 'UNIT PRICE', 'AMOUNT'])}
    <table style='margin-left:auto;margin-top:10px'>
    <tr><td>SUBTOTAL</td><td class='r'>$2,620.00</td></tr>
    <tr><td>SALES TAX (8.875%)</td><td class='r'>$232.53</td></tr>
    <tr><td><b>TOTAL</b></td><td class='r'><b>$2,852.53</b></td></tr>
    <tr><td>PAYMENTS/CREDITS</td><td class='r'>-$500.00</td></tr>
    <tr><td><b>BALANCE DUE</b></td><td class='r'><b>$2,352.53</b></td></tr></table>
    <p>Make all checks payable to Brightline Facility Services, Inc. A finance charge of 1.5% per month will be applied to balances over 30 days.</p>
    <p class='c'><i>Thank you for your business!</i></p>
    """
    doc("en-invoice-us-services.pdf", "en", "US", "pdf", page(body, css, lang="en"), dict(
        invoiceNumber="10457", issueDate="2024-03-15", dueDate="2024-04-14",
        totalAmount="2852.53", netAmount="2620.00", taxAmount="232.53", amountDue="2352.53",
        currency="USD", sellerName="Brightline Facility Services, Inc.", buyerName="Hudson Street Dental PC"),
        note="US layout; no company ids; payment credited (balance due < total).")


def e4():
    css = MA_CSS + "body { font-family:'Liberation Sans',sans-serif; }"
    body = f"""
    <div class='entete'><div><div class='raison'>SOUSS ARGAN EXPORT SARL</div>Parc Industriel Tassila, Lot 88, Agadir 80000, Morocco<br>
    ICE: {ICE_SOUSS} · IF: 45590812 · RC Agadir: 51230<br>export@soussargan.ma</div>
    <div class='r'><h2 style='margin:0'>COMMERCIAL INVOICE</h2>No. SAE-EX-2024-019<br>Date: 18 July 2024</div></div>
    <table style='width:100%;margin-top:12px'><tr><td style='vertical-align:top;width:50%'><b>Buyer / Consignee</b><br>Naturalis Cosmetics GmbH<br>Großer Burstah 31<br>20457 Hamburg, Germany<br>VAT: {DE_NATURALIS}</td>
    <td style='vertical-align:top'>Incoterm: FCA Agadir<br>Payment terms: 30 days from invoice date<br>Due date: 17 August 2024<br>Currency: EUR</td></tr></table>
    {lines_table([('Cosmetic argan oil, organic, cold pressed (kg) — HS 1515.90', '600', en(19.5), en(11700)),
                  ('Culinary argan oil, roasted (kg) — HS 1515.90', '150', en(18), en(2700))],
                 ['Description', 'Qty', 'Unit price (EUR)', 'Amount (EUR)'])}
    <table class='tot' style='margin-left:auto;margin-top:10px'>
    <tr><td>Total excl. VAT</td><td class='r'>EUR {en(14400)}</td></tr>
    <tr><td>VAT 0% — export exempt (art. 92-I-1° CGI)</td><td class='r'>EUR 0.00</td></tr>
    <tr><td><b>Total amount due</b></td><td class='r'><b>EUR {en(14400)}</b></td></tr></table>
    <p>Country of origin: Morocco. EUR.1 certificate attached. Bank: Banque Populaire, SWIFT BCPOMAMC, IBAN MA64 1810 0000 0001 2345 6789 0123.</p>
    """
    doc("en-invoice-ma-export.pdf", "en", "MA", "pdf", page(body, css, lang="en"), dict(
        invoiceNumber="SAE-EX-2024-019", issueDate="2024-07-18", dueDate="2024-08-17",
        totalAmount="14400.00", netAmount="14400.00", taxAmount="0.00", amountDue="14400.00",
        currency="EUR", sellerName="Souss Argan Export SARL", sellerId=ICE_SOUSS,
        buyerName="Naturalis Cosmetics GmbH", buyerId=DE_NATURALIS),
        note="Moroccan exporter invoicing in EUR, in English; zero VAT shown explicitly.")


# ================================================================ sources of the scans
def s1():
    siret = ids.siret(S_TILLEULS, "0011")
    css = """
    body { font-family:'DejaVu Sans Mono',monospace; font-size:10pt; }
    .b { border:2px solid #000; padding:8px; }
    table.lines { width:100%; margin-top:8px; } table.lines th { border-bottom:2px solid #000; text-align:left; }
    table.lines td { padding:3px; }
    """
    body = f"""
    <div class='b'><b style='font-size:15pt'>GARAGE DES TILLEULS</b><br>Mécanique — Carrosserie — Agent Renault<br>
    3 route de Dijon, 21110 Genlis — Tél. 03 80 31 44 12<br>SIRET {siret} — TVA {ids.fr_vat(S_TILLEULS)}</div>
    <p style='margin-left:50%'>M. Patrick Morel<br>14 rue Pasteur<br>21110 Genlis</p>
    <p><b>FACTURE N° 8841</b> &nbsp;&nbsp; du 07/05/2024<br>Véhicule : Renault Clio IV — GH-418-KT — 98 412 km<br>Ordre de réparation : OR-3312</p>
    {lines_table([('Plaquettes de frein AV (jeu)', '1', fr(68.5, ' '), fr(68.5, ' ')),
                  ('Disques de frein AV', '2', fr(59, ' '), fr(118, ' ')),
                  ('Huile moteur 5W30 (L)', '5', fr(12, ' '), fr(60, ' ')),
                  ('Filtre à huile', '1', fr(14, ' '), fr(14, ' ')),
                  ("Main d'œuvre (h)", '3,5', fr(72, ' '), fr(252, ' '))],
                 ['Désignation', 'Qté', 'PU HT', 'Total HT'])}
    <table style='margin-left:auto;margin-top:10px'><tr><td>TOTAL HT</td><td class='r'>{fr(512.5, ' ')}</td></tr>
    <tr><td>TVA 20%</td><td class='r'>{fr(102.5, ' ')}</td></tr><tr><td><b>TOTAL TTC EUR</b></td><td class='r'><b>{fr(615, ' ')}</b></td></tr></table>
    <p>Réglé ce jour par carte bancaire. Merci de votre confiance.</p>
    <p class='small'>Garantie pièces et main d'œuvre 12 mois. Indemnité forfaitaire pour frais de recouvrement : 40 €.</p>
    """
    doc("scan-fr-garage.png", "fr", "FR", "scan", page(body, css), dict(
        invoiceNumber="8841", issueDate="2024-05-07",
        totalAmount="615.00", netAmount="512.50", taxAmount="102.50",
        currency="EUR", sellerName="Garage des Tilleuls", sellerId=siret, buyerName="M. Patrick Morel"),
        accept=dict(sellerId=[S_TILLEULS, ids.fr_vat(S_TILLEULS)], buyerName=["Patrick Morel"]),
        note="Scan (PNG, 200 dpi, grey, rotated 0.8°, noise). Paid at the counter: no amount due stated.")


def s2():
    css = MA_CSS + "body { font-family:'Liberation Serif',serif; font-size:11pt; }"
    body = f"""
    <div class='entete'><div><div class='raison'>LIBRAIRIE PAPETERIE AL KALAM</div>Fournitures scolaires et de bureau<br>
    45, Avenue des F.A.R — Meknès<br>Tél : 05 35 52 18 90</div></div>
    <p style='margin-left:45%;border:1px solid #000;padding:6px'>Doit : LYCÉE PRIVÉ AL MANAR<br>Hamria — Meknès<br>ICE : {ICE_LYCEE}</p>
    <h2 style='text-align:center'>FACTURE N° 0457</h2><p>Meknès le : 15/04/2024</p>
    {lines_table([('Rame papier A4 80 g', '100', ma(25), ma(2500)),
                  ('Classeurs à levier dos 8 cm', '50', ma(15), ma(750))],
                 ['Désignation', 'Qté', 'P.U HT', 'Montant HT'])}
    <table class='tot' style='margin-left:auto;margin-top:10px'><tr><td>Total H.T</td><td class='r'>{ma(3250)}</td></tr>
    <tr><td>T.V.A 20%</td><td class='r'>{ma(650)}</td></tr><tr><td><b>Total T.T.C</b></td><td class='r'><b>{ma(3900)}</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de : Trois mille neuf cents dirhams TTC.</p>
    <div class='pied'>RC Meknès 30877 — IF 18820345 — Patente 17302258 — ICE {ICE_KALAM}</div>
    """
    doc("scan-ma-papeterie.jpg", "fr", "MA", "scan", page(body, css), dict(
        invoiceNumber="0457", issueDate="2024-04-15",
        totalAmount="3900.00", netAmount="3250.00", taxAmount="650.00",
        currency="MAD", sellerName="Librairie Papeterie Al Kalam", sellerId=ICE_KALAM,
        buyerName="Lycée Privé Al Manar", buyerId=ICE_LYCEE),
        note="Scan (JPEG, 200 dpi, grey, rotated -1.1°, noise and blur). Currency only as 'dirhams' in words.")


def s3():
    css = """
    body { font-family:'Liberation Sans',sans-serif; font-size:10.5pt; }
    table.lines { width:100%; margin-top:8px; } table.lines th { border-bottom:1px solid #000; text-align:left; } table.lines td { padding:3px; }
    """
    body = f"""
    <h1 style='margin-bottom:0'>Oakridge Print &amp; Copy</h1><div>14 Market Street, Leeds LS1 6DT · 0113 496 0271</div>
    <div>VAT Reg. No. GB {sp(GB_OAKRIDGE)}</div>
    <h2>INVOICE</h2>
    <table><tr><td>Invoice No.:</td><td>5521</td></tr><tr><td>Date:</td><td>11/02/2025</td></tr><tr><td>Payment due:</td><td>13/03/2025</td></tr></table>
    <p>Customer: Kirkgate Community Choir<br>c/o 9 Vicar Lane, Leeds LS2 7JH</p>
    {lines_table([('Concert programmes A5, 16pp, colour', '300', '£0.45', '£135.00'),
                  ('Posters A3 gloss', '30', '£1.50', '£45.00')],
                 ['Item', 'Qty', 'Price', 'Total'])}
    <table style='margin-left:auto;margin-top:8px'><tr><td>Subtotal</td><td class='r'>£180.00</td></tr><tr><td>VAT 20%</td><td class='r'>£36.00</td></tr>
    <tr><td><b>Total</b></td><td class='r'><b>£216.00</b></td></tr><tr><td><b>Balance due</b></td><td class='r'><b>£216.00</b></td></tr></table>
    <p>BACS: sort code 20-45-77, account 53218790. Thank you!</p>
    """
    doc("scan-en-print-shop.pdf", "en", "GB", "scan", page(body, css, lang="en"), dict(
        invoiceNumber="5521", issueDate="2025-02-11", dueDate="2025-03-13",
        totalAmount="216.00", netAmount="180.00", taxAmount="36.00", amountDue="216.00",
        currency="GBP", sellerName="Oakridge Print & Copy", sellerId="GB" + GB_OAKRIDGE,
        buyerName="Kirkgate Community Choir"),
        accept=dict(sellerId=[GB_OAKRIDGE], sellerName=["Oakridge Print and Copy"]),
        note="Image-only PDF (150 dpi JPEG page, no text layer); UK day/month dates.")


def s4():
    css = MA_CSS + f"""
    body {{ font-family:'DejaVu Sans',{AR_FONT}; font-size:11pt; }}
    .ar {{ font-family:{AR_FONT}; direction:rtl; text-align:right; }}
    """
    body = f"""
    <div class='entete'><div><div class='raison'>PHARMACIE NOUR</div>Dr. Salma Bennani — Bd Zerktouni, Casablanca<br>ICE : {ICE_NOUR}</div>
    <div class='ar raison'>صيدلية النور</div></div>
    <table style='width:100%;margin-top:12px'><tr><td>Facture N° : F-2024-1209</td><td class='ar'>فاتورة رقم : F-2024-1209</td></tr>
    <tr><td>Date : 09/12/2024</td><td class='ar'>التاريخ : 09/12/2024</td></tr>
    <tr><td>Client : CENTRE DE SANTÉ AL BAHJA SARL — ICE {ICE_BAHJA}</td><td class='ar'>الزبون : مركز البهجة الصحي</td></tr></table>
    {lines_table([('Gants d’examen nitrile (boîte 100)', '40', ma(55), ma(2200)),
                  ('Compresses stériles 10x10 (boîte 50)', '60', ma(18.5), ma(1110)),
                  ('Solution hydroalcoolique 1 L', '30', ma(38), ma(1140))],
                 ['Désignation', 'Qté', 'P.U. HT', 'Montant HT'])}
    <table class='tot' style='margin-left:auto;margin-top:10px'>
    <tr><td>Total HT</td><td class='ar'>المجموع دون احتساب الرسوم</td><td class='r'>{ma(4450)}</td></tr>
    <tr><td>TVA 20 %</td><td class='ar'>الضريبة على القيمة المضافة</td><td class='r'>{ma(890)}</td></tr>
    <tr><td><b>Total TTC (DH)</b></td><td class='ar'><b>المجموع مع احتساب الرسوم</b></td><td class='r'><b>{ma(5340)}</b></td></tr></table>
    <p>Arrêtée la présente facture à la somme de : cinq mille trois cent quarante dirhams.</p>
    """
    doc("scan-ma-pharmacie-bilingue.jpg", "fr+ar", "MA", "scan", page(body, css), dict(
        invoiceNumber="F-2024-1209", issueDate="2024-12-09",
        totalAmount="5340.00", netAmount="4450.00", taxAmount="890.00",
        currency="MAD", sellerName="Pharmacie Nour", sellerId=ICE_NOUR,
        buyerName="Centre de Santé Al Bahja SARL", buyerId=ICE_BAHJA),
        accept=dict(sellerName=["صيدلية النور"], buyerName=["مركز البهجة الصحي"]),
        note="Scan (JPEG, 200 dpi, grey, rotated 1.5°, noise) of a bilingual French/Arabic invoice.")


for fn in (f1, f2, f3, f4, f5, f6, m1, m2, m3, m4, m5, e2, e3, e4, s1, s2, s3, s4):
    fn()
