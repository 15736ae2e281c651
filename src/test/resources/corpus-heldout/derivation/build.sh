#!/usr/bin/env bash
# How the held-out files of ../invoices were made (see ../LICENCES.md). Not run by the build: the
# outputs are committed. Needs: python3, chromium, poppler-utils, ImageMagick 6 (/usr/bin/convert),
# img2pdf, Java, Mustang-CLI 2.26.0 (org.mustangproject:Mustang-CLI:2.26.0 on Maven Central) and the
# test-file jars com.helger.cii:ph-cii-testfiles:4.1.1, com.helger.ubl:ph-ubl-testfiles:10.1.0 and
# com.helger.peppol:peppol-testfiles:12.3.9 unpacked in $WORK/<artifactId>-<version>.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/../invoices
WORK=${WORK:-/tmp/heldout-work}
MUSTANG="java -jar $WORK/Mustang-CLI-2.26.0.jar --disable-file-logging"
CII=$WORK/ph-cii-testfiles-4.1.1/external/test-cii/d16b
UBL=$WORK/ph-ubl-testfiles-10.1.0/external/test-ubl
PEPPOL=$WORK/peppol-testfiles-12.3.9/external
R=$WORK/render
mkdir -p "$R" "$OUT"

# 1. Real e-invoices, copied byte for byte.
cp "$PEPPOL/peppol-ubl/test-invoices/success/PEP BII04 minimal Reverce Charge VAT invoice example 01.xml" "$OUT/xml-ubl-bii04-reverse-charge.xml"
cp "$PEPPOL/peppol-ubl/test-invoices/success/atgov_BIS4aInvoice.xml" "$OUT/xml-ubl-peppol-atgov-bis4a.xml"
cp "$PEPPOL/peppol-official/BIS04A/Use Case 3_ExampleFile_PEPPOL BIS.xml" "$OUT/xml-ubl-peppol-bis4a-uc3-dk-no.xml"
cp "$PEPPOL/peppol-ubl/test-creditnotes/success/BII05-TRDM014-example-is.xml" "$OUT/xml-ubl-creditnote-bii05-prepaid.xml"
cp "$UBL/invoice/UBL-Invoice-2.0-Example.xml" "$OUT/xml-ubl-2.0-example-gb.xml"

# 2. Factur-X from EN 16931 example 4: Mustang renders the XML in French, then embeds it unchanged.
$MUSTANG --action pdf --source "$CII/CII_example4.xml" --out "$R/v4.pdf" --language fr
$MUSTANG --action combine --source "$R/v4.pdf" --source-xml "$CII/CII_example4.xml" \
   --format fx --version 2 --profile E --out "$OUT/fx-en16931-ex4-dk-fr.pdf" --no-additional-attachments -i

# 3. Synthetic invoices: HTML -> PDF with headless Chromium.
python3 "$HERE/render.py" "$R"
for f in fr-facture-agence-web-2pages fr-facture-transport-colonnes fr-facture-cabinet-debours \
         ma-facture-dh-suffixe ma-facture-mad-tableau ma-facture-arabe-chiffres-orientaux ma-facture-arabe-avance \
         en-invoice-us-right-totals en-invoice-uk-info-grid; do
  cp "$R/$f.pdf" "$OUT/"
done

# 4. Scans: rasterise, grey, rotate, noise, blur (settings differ from the development set's).
IM=/usr/bin/convert
pdftoppm -r 200 -gray -png "$R/scan-fr-menuiserie.pdf" "$R/h1"
$IM "$R/h1-1.png" -background white -rotate -0.6 -attenuate 0.4 +noise Gaussian -blur 0x0.5 -level 6%,94% -colors 24 -depth 8 "$OUT/scan-fr-menuiserie.png"
pdftoppm -r 200 -gray -png "$R/scan-ma-librairie-dh.pdf" "$R/h2"
$IM "$R/h2-1.png" -background white -rotate 0.9 -attenuate 0.4 +noise Gaussian -blur 0x0.6 -level 4%,96% -quality 65 "$OUT/scan-ma-librairie-dh.jpg"
pdftoppm -r 150 -gray -png "$R/scan-en-catering.pdf" "$R/h3"
$IM "$R/h3-1.png" -background white -rotate 0.4 -attenuate 0.3 +noise Gaussian -blur 0x0.5 -quality 70 "$R/h3.jpg"
img2pdf --pagesize A4 -o "$OUT/scan-en-catering.pdf" "$R/h3.jpg"

# 5. Ground truth, and a check that every expected value shows in the text layer of the PDFs.
python3 "$HERE/build_expected.py" "$HERE/../expected.json"
python3 "$HERE/../../corpus/derivation/check.py" "$HERE/../expected.json" "$OUT"
