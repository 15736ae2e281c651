#!/usr/bin/env bash
# How the derived files of ../invoices were made (see ../LICENCES.md). Not run by the build: the
# outputs are committed. Needs: python3, chromium, ghostscript, poppler-utils, imagemagick, img2pdf,
# Java, Mustang-CLI 2.26.0 (org.mustangproject:Mustang-CLI:2.26.0 on Maven Central) and the test-file
# jars com.helger.cii:ph-cii-testfiles:4.1.1, com.helger.ubl:ph-ubl-testfiles:10.1.0,
# com.helger.peppol:peppol-testfiles:12.3.9 unpacked in $WORK.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/../invoices
WORK=${WORK:-/tmp/corpus-work}
MUSTANG="java -jar $WORK/Mustang-CLI-2.26.0.jar --disable-file-logging"
CII=$WORK/cii/external/test-cii/d16b
mkdir -p "$WORK/render"

# 1. Synthetic invoices: HTML -> PDF with headless Chromium.
python3 "$HERE/render.py" "$WORK/render"
for f in fr-facture-plomberie fr-facture-conseil-acompte fr-facture-microentreprise fr-facture-grossiste-multitva \
         ma-facture-materiaux ma-facture-informatique ma-facture-bilingue-fr-ar ma-facture-arabe \
         ma-facture-transport-avance en-invoice-uk-consulting en-invoice-us-services en-invoice-ma-export; do
  cp "$WORK/render/$f.pdf" "$OUT/"
done

# 2. French Factur-X: PDF/A-3 with Ghostscript, then the CII XML of facturx.py embedded by Mustang.
python3 "$HERE/facturx.py" "$WORK/render"
for b in fr-facturx-transport fr-facturx-abonnement; do
  gs -q -dPDFA=3 -dBATCH -dNOPAUSE -dPDFACompatibilityPolicy=1 -sColorConversionStrategy=RGB \
     -sDEVICE=pdfwrite -o "$WORK/render/$b-pdfa.pdf" "$WORK/render/$b.pdf"
  $MUSTANG --action combine --source "$WORK/render/$b-pdfa.pdf" --source-xml "$WORK/render/$b.xml" \
     --format fx --version 2 --profile E --out "$OUT/$b.pdf" --no-additional-attachments -i
done

# 3. Factur-X from the EN 16931 CII examples: Mustang renders the XML (fr/en), then embeds it.
fx() { # example-number language output
  $MUSTANG --action pdf --source "$CII/CII_example$1.xml" --out "$WORK/render/v$1.pdf" --language "$2"
  $MUSTANG --action combine --source "$WORK/render/v$1.pdf" --source-xml "$CII/CII_example$1.xml" \
     --format fx --version 2 --profile E --out "$OUT/$3" --no-additional-attachments -i
}
fx 3 en fx-en16931-ex3-dk.pdf
fx 5 fr fx-en16931-ex5-dk-prepaid.pdf
fx 7 en fx-en16931-ex7-se.pdf
fx 9 fr fx-en16931-ex9-nl.pdf

# 4. Scans: rasterise, grey, rotate, add noise and blur.
IM=/usr/bin/convert   # ImageMagick 6 (Debian imagemagick)
R=$WORK/render
pdftoppm -r 200 -gray -png "$R/scan-fr-garage.pdf" "$R/s1"
$IM "$R/s1-1.png" -background white -rotate 0.8 -attenuate 0.35 +noise Gaussian -blur 0x0.4 -level 8%,92% -colors 32 -depth 8 "$OUT/scan-fr-garage.png"
pdftoppm -r 200 -gray -png "$R/scan-ma-papeterie.pdf" "$R/s2"
$IM "$R/s2-1.png" -background white -rotate -1.1 -attenuate 0.45 +noise Gaussian -blur 0x0.6 -level 5%,95% -quality 68 "$OUT/scan-ma-papeterie.jpg"
pdftoppm -r 150 -gray -png "$R/scan-en-print-shop.pdf" "$R/s3"
$IM "$R/s3-1.png" -background white -rotate 0.5 -attenuate 0.3 +noise Gaussian -blur 0x0.5 -quality 70 "$R/s3.jpg"
img2pdf --pagesize A4 -o "$OUT/scan-en-print-shop.pdf" "$R/s3.jpg"
pdftoppm -r 250 -gray -png "$R/scan-ma-pharmacie-bilingue.pdf" "$R/s4"
$IM "$R/s4-1.png" -background white -rotate 1.5 -attenuate 0.3 +noise Gaussian -blur 0x0.4 -quality 70 "$OUT/scan-ma-pharmacie-bilingue.jpg"

# 5. Ground truth, and a check that every expected value shows in the text layer of the PDFs.
python3 "$HERE/build_expected.py" "$HERE/../expected.json"
python3 "$HERE/check.py" "$HERE/../expected.json" "$OUT"
