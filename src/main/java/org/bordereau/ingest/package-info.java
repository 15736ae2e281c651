/**
 * Ingestion: evidence files in, trustworthy metadata out (issue 4, DESIGN.md §5 and §7). Knows nothing
 * of HTTP; uses {@code cases} (to record documents) and {@code storage} (to keep their bytes).
 *
 * <h2>Entry points</h2>
 * {@link org.bordereau.ingest.DocumentIntake#add} puts an upload on a case and answers an
 * {@link org.bordereau.ingest.IntakeResult}; {@link org.bordereau.ingest.DocumentIntake#preview} reads a
 * local file the same way without storing anything (the CLI's {@code extract FILE});
 * {@link org.bordereau.ingest.DocumentIntake#warmUp} loads Tika (seconds) before the first upload.
 * Refusals are {@link org.bordereau.ingest.DocumentRejectedException}s, whose reason decides the HTTP
 * status and whose detail is safe to show.
 *
 * <h2>Pipeline (one order, in {@code DocumentIntake} and {@code Inspector})</h2>
 * <ol>
 *   <li><b>File name</b> ({@code Filenames}): data, never a path. Refused (BAD_FILENAME): '/', '\',
 *       "." or "..", C0/C1 controls (NUL, CR, LF...), U+2028/2029, BOM, bidi embeddings, overrides and
 *       isolates (U+202A-202E, U+2066-2069), lone surrogates, more than 255 characters. Any script is
 *       fine; joiners and LRM/RLM are allowed (Arabic and Persian use them). Blank means no name.
 *       Names found inside e-mails are cleaned instead (last segment, forbidden characters removed).</li>
 *   <li><b>Staging</b> ({@code Staging}): the body streams to a temporary file (owner-only) in the
 *       configured folder while SHA-256 and size are computed; 64 KB buffer, heap flat for any size.
 *       Past {@code maxBytes} reading stops at once (TOO_LARGE); nothing read is EMPTY.</li>
 *   <li><b>Case and duplicates</b>: {@code CaseService.get} (CaseNotFoundException); bytes already on
 *       the case answer the existing document with {@code created=false}, and nothing is stored.</li>
 *   <li><b>Detection</b> ({@code TypeDetector}): Tika's detectors on the bytes. The declared type and
 *       the file name are hints that may only narrow the bytes' answer into an accepted type (plain
 *       text → CSV), never replace it (unknown bytes named .pdf stay application/octet-stream, plain
 *       text declared as HTML stays plain text); a disagreement is a warning. XML is decided by the
 *       bytes only: Tika's magic, or, for "plain text" starting with '&lt;', an e-invoice root element
 *       (e-invoices without an XML declaration exist). Allowlist in {@code MediaTypes}: PDF, PNG, JPEG, TIFF, text/plain, text/csv, .eml,
 *       .msg, docx, doc, odt, rtf, xlsx, xls, ods, and XML whose root is an e-invoice (UBL Invoice or
 *       CreditNote, CII CrossIndustryInvoice, ZUGFeRD 1, Order-X: {@code XmlInvoiceRoots}, which also
 *       refuses any DOCTYPE as TOO_COMPLEX). Everything else is UNSUPPORTED_TYPE naming Tika's type
 *       without parameters (an .exe is application/x-msdownload). A password-protected docx/xlsx is
 *       detected as such and refused as ENCRYPTED. Macro-enabled Office types are not accepted.</li>
 *   <li><b>Reading</b> ({@code DocumentReader}): Tika's AutoDetectParser in a thread of its own
 *       ({@code TimeLimit}): past the time limit the work is cancelled (its content handler fails at
 *       the next callback, the thread is interrupted) and the file refused as TIMEOUT; a thread that
 *       ignores both is abandoned after 2 s, logged and counted. Time limits hold per upload
 *       ({@code Budget}): {@code parseTimeout} is shared by a file and all its attachments, as is
 *       {@code ocrTimeout}, so an e-mail with fifty attachments cannot hold a thread fifty times as long. Text is limited to
 *       {@code maxTextChars}: beyond, it is <em>cut with a warning</em> (a long statement of account is
 *       not an attack); an expansion attack is recognised instead by Tika's SecureContentHandler
 *       (past 1 M characters, over 100 characters out per byte in) and refused as TOO_COMPLEX. Zip
 *       packages (docx, xlsx, odt, ods) are first inflated into nothing by {@code ZipPackageCheck}
 *       (no part may inflate over 100 times its compressed size past 1 MB; at most 10,000 parts):
 *       Tika switches POI's own zip-bomb check off, and POI's docx reader builds the document in
 *       memory before the ratio check can fire (a 500 KB docx exhausted a 256 MB heap in a test).
 *       Tika's streaming (SAX) docx reader is used for the same reason. Embedded files are never
 *       parsed inside their container (no nesting depth at the Tika level at all); e-mails are the
 *       exception, see below. Failures map to reasons in {@code ParseFailures}: Tika's or POI's
 *       EncryptedDocumentException → ENCRYPTED; zip bomb, entity expansion, memory limit → TOO_COMPLEX;
 *       anything else a parser throws (truncated PDF, garbage) → CORRUPT. The client gets a sentence;
 *       the parser's own words stay in the cause, for the log.</li>
 *   <li><b>OCR</b> ({@code Ocr}, {@code PdfPages}): Tika's own OCR is switched off, so OCR is explicit.
 *       Images, and PDFs with fewer than 20 non-space characters per page, go to
 *       {@code tesseract FILE stdout -l fra+ara+eng} (the installed subset, checked once), one process
 *       per image with {@code OMP_THREAD_LIMIT=1}, within the upload's OCR time; PDF pages are rendered
 *       by PDFBox at 300 dpi in grayscale (less for huge pages: at most 40 M pixels), first 20 pages.
 *       OCR never refuses a file: no tesseract ("No text could be read: OCR is not installed on this
 *       server."), a timeout or a failure is a warning; the text of pages read before a timeout is
 *       kept. {@code textSource} is {@code ocr}, {@code text} or {@code none}.</li>
 *   <li><b>Extraction</b> ({@code Extractor}, built separately): kind, confidence and fields from the
 *       {@link org.bordereau.ingest.ReadDocument}. A kind the uploader states <em>wins in the
 *       extraction itself</em>, with confidence 1.0, in the same DOCUMENT_ADDED event (one event, so
 *       the upload stays atomic); when the classifier read something else, a warning keeps its kind
 *       and confidence. If the extractor throws, the error is logged and the file is stored as OTHER
 *       with a warning: evidence is never lost to a classification bug.</li>
 *   <li><b>Storing</b>: only after the whole tree is inspected, so a refusal stores nothing. For each
 *       file: blob {@code t/{tenant}/blobs/sha256/{aa}/{hash}} with {@code putEvidenceIfAbsent}, then
 *       its DOCUMENT_ADDED event with a new ULID (the e-mail before its attachments). Uploads to one
 *       case are serialised per instance (64 lock stripes), so the same bytes sent twice at once make
 *       one document; across instances both could be recorded (same evidence listed twice).</li>
 * </ol>
 *
 * <h2>E-mails</h2>
 * .eml through Tika's RFC 822 parser, .msg through its Outlook parser (both shipped with Tika).
 * Headers become {@code metadata}: {@code from}, {@code to}, {@code cc}, {@code date} (ISO-8601 UTC
 * instant; left out when unreadable, never guessed), {@code subject}; single lines, at most 1,000
 * characters. The body (text or HTML part without a file name) is the e-mail's text. Attachments
 * ({@code MailParts}) are streamed to temporary files and ingested as documents of their own with
 * {@code parentId} = the e-mail's id, recursively: the uploaded e-mail is level 0, its attachments
 * level 1, and an e-mail at level {@code maxEmbeddedDepth} keeps its attachments inside it (warning);
 * at most {@code maxAttachments} per e-mail, each within {@code maxBytes}. Inline images under
 * 10 KB (logos, signatures, tracking pixels) are not made documents. An attachment that would be
 * refused on its own (an .exe, an encrypted PDF), or that is over a limit, is left out with a warning
 * on the e-mail, not a refusal of the e-mail: the e-mail is evidence, and its stored bytes still hold
 * the attachment. An attachment whose bytes are already on the case is not added again; the e-mail's
 * warnings name the existing document. If storage fails half-way, sending the same e-mail again adds
 * the attachments that are missing.
 *
 * <h2>Metadata keys</h2>
 * {@code textSource} always; {@code pages} for paged formats; {@code xmlFormat} for XML
 * ({@code UBL-Invoice}, {@code UBL-CreditNote}, {@code CII}, {@code ZUGFeRD-1}, {@code Order-X});
 * the e-mail headers above.
 *
 * <h2>Known limits</h2>
 * Memory is bounded for zip packages, XML and text, not for every parser: a PDF whose content stream
 * decodes to gigabytes, or a huge image given to PDFBox or ImageIO, can still claim heap inside the
 * time limit. A parser thread that ignores cancellation keeps running (abandoned) until it ends.
 */
package org.bordereau.ingest;
