/**
 * The litigation dossier (issue 7): every exhibit of a case converted to pages, numbered, stamped,
 * indexed, bookmarked, with the originals and a manifest attached, as one PDF/A-3b file (or volumes)
 * sealed last. Uses {@code cases} (kinds, events); {@code render} supplies the front matter through
 * {@link org.bordereau.dossier.FrontMatter} and {@code sign} the seal through
 * {@link org.bordereau.dossier.Sealer}, both plugged in by {@code app}. Knows nothing of HTTP.
 *
 * <h2>Entry points</h2>
 * {@code new DossierBuilder(frontMatter, sealer, ConverterSettings.defaults(), clock).build(request, outputDir)}
 * returns a {@link org.bordereau.dossier.DossierResult}: volume files and {@code manifest.json} in
 * {@code outputDir}, the manifest bytes, the plan, PDF/A status. {@link org.bordereau.dossier.DossierZip#write}
 * streams the ZIP export (PDFs, manifest, originals).
 *
 * <h2>Stages, in this order only ({@link org.bordereau.dossier.DossierBuilder#build})</h2>
 * <ol>
 * <li><b>Convert</b> ({@link org.bordereau.dossier.Conversions}, one sealed converter per media type):
 * originals copied to private temp files while their SHA-256 is checked (a mismatch stops the build);
 * identical bytes converted once and listed once. PDF as is (never rasterised; PDF/A problems reported,
 * not hidden); JPEG kept byte for byte, turned per EXIF; PNG/TIFF/GIF/BMP lossless, multi-page TIFF;
 * .eml (mime4j) and .msg (POI) with a header block; text in DejaVu Sans Mono; Office/ODF through
 * LibreOffice (PDF/A export, time limit, private profile) or a placeholder page; OCR layer with tesseract.
 * A converter failure becomes a placeholder page, never a failed dossier. Several exhibits are converted
 * at once ({@link org.bordereau.dossier.ConversionPool}, {@link org.bordereau.dossier.ConverterSettings#parallelism}:
 * one per core, at most 4), the slowest kinds first, each LibreOffice with its own profile, tesseract on
 * one thread; decoding images into heap stays one at a time. The first failure stops the others and
 * kills their programs before the work folder is deleted.</li>
 * <li><b>Plan + front matter</b> ({@link org.bordereau.dossier.Planner}): sections in
 * {@link org.bordereau.dossier.ExhibitGroup} order, numbers, page ranges, labels, volumes; the front
 * matter is rendered with the plan. The FOP front matter prints its page numbers itself (citations of
 * blank stand-ins laid out after it), so one layout is exact; a front matter that does not, or a real
 * length that moves an exhibit to another volume, is re-planned until its page count is stable. Each
 * build logs its stage times in one line.</li>
 * <li><b>Assemble</b> ({@link org.bordereau.dossier.Assembly}): pages imported from the converted files,
 * PDFBox streams cached in temp files of the build's work folder (never {@code java.io.tmpdir}).</li>
 * <li><b>Stamp and paginate</b> ({@link org.bordereau.dossier.Stamper}, {@link org.bordereau.dossier.PageShape}):
 * portrait pages, stamp band kept free (content shrunk to 94 % when it reaches the band).</li>
 * <li><b>Index links, bookmarks, page labels, open action</b> ({@link org.bordereau.dossier.Navigation}).</li>
 * <li><b>Attachments and manifest</b> ({@link org.bordereau.dossier.Attachments},
 * {@link org.bordereau.dossier.Manifest}).</li>
 * <li><b>PDF/A</b> ({@link org.bordereau.dossier.PdfaMetadata}), save, then <b>seal</b>.</li>
 * </ol>
 *
 * <h2>Contract with the front matter renderer</h2>
 * See {@link org.bordereau.dossier.FrontMatter}: PDF/A-compatible pages, bottom
 * {@value org.bordereau.dossier.DossierLayout#STAMP_BAND} pt left free, and each index line a link with
 * the URI {@code #piece-K}, which the builder turns into a link to exhibit K's first page.
 * {@link org.bordereau.dossier.FopFrontMatters} ({@link org.bordereau.dossier.FrontMatterFactory}) is the
 * real one, laid out by FOP from {@code templates/{lang}/dossier.ftl}:
 * {@code new DossierBuilder(new FopFrontMatters(renderer, statements, completeness, sealing::isDevelopment)
 * .forCase(tenant, file, language, asOf), sealer, settings, clock).build(request, dir)}.
 */
package org.bordereau.dossier;
