package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The invoice XML inside a hybrid PDF: Factur-X and ZUGFeRD 2 attach {@code factur-x.xml} (older
 * ZUGFeRD {@code ZUGFeRD-invoice.xml} / {@code zugferd-invoice.xml}, XRechnung {@code xrechnung.xml},
 * Order-X {@code order-x.xml}) to a PDF/A-3 as an embedded file, listed in the catalog's
 * EmbeddedFiles name tree and in its {@code /AF} associated files. Files with those names are read
 * first, then any other embedded {@code .xml} that turns out to be an e-invoice.
 */
final class FacturX {
    static final Set<String> NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml");
    private static final int MAX_TREE_DEPTH = 10;

    private FacturX() {}

    /** The e-invoice embedded in the PDF at {@code pdf}; empty when none, or when the PDF cannot be opened. */
    static Optional<EInvoice> read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDComplexFileSpecification> files = attachments(document.getDocumentCatalog());
            files.sort((a, b) -> Boolean.compare(!isKnownName(a), !isKnownName(b)));
            for (PDComplexFileSpecification file : files) {
                if (!name(file).endsWith(".xml")) {
                    continue;
                }
                Optional<byte[]> xml = bytes(file);
                Optional<EInvoice> invoice = xml.flatMap(EInvoiceXml::read);
                if (invoice.isPresent()) {
                    return invoice;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // encrypted or damaged: the text reader will say so, nothing structured here
        }
    }

    /** The embedded files of the name tree and of the catalog's /AF array. */
    private static List<PDComplexFileSpecification> attachments(PDDocumentCatalog catalog) throws IOException {
        List<PDComplexFileSpecification> files = new ArrayList<>();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            collect(names.getEmbeddedFiles(), files, 0);
        }
        COSArray associated = catalog.getCOSObject().getCOSArray(COSName.getPDFName("AF"));
        if (associated != null) {
            for (int i = 0; i < associated.size(); i++) {
                COSBase entry = associated.getObject(i);
                if (entry instanceof COSDictionary) {
                    files.add(new PDComplexFileSpecification((COSDictionary) entry));
                }
            }
        }
        return files;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node,
                                List<PDComplexFileSpecification> files, int depth) throws IOException {
        if (depth > MAX_TREE_DEPTH) {
            return; // a looping or absurdly deep tree: stop rather than recurse forever
        }
        Map<String, PDComplexFileSpecification> leaves = node.getNames();
        if (leaves != null) {
            files.addAll(leaves.values());
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, files, depth + 1);
            }
        }
    }

    private static Optional<byte[]> bytes(PDComplexFileSpecification file) {
        PDEmbeddedFile embedded = file.getEmbeddedFileUnicode() != null ? file.getEmbeddedFileUnicode()
                : file.getEmbeddedFile();
        if (embedded == null) {
            return Optional.empty();
        }
        try (InputStream in = embedded.createInputStream()) {
            byte[] bytes = in.readNBytes(EInvoiceXml.MAX_BYTES + 1);
            return bytes.length > EInvoiceXml.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isKnownName(PDComplexFileSpecification file) {
        return NAMES.contains(name(file));
    }

    private static String name(PDComplexFileSpecification file) {
        String name = file.getFileUnicode() != null ? file.getFileUnicode() : file.getFilename();
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
