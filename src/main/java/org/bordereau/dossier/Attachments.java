package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Stage 5, attachments and manifest: each exhibit's original, byte for byte, as a PDF/A-3 associated
 * file ({@code /AFRelationship /Source}: the pages were made from it), and the manifest as
 * {@code /Data}. Each embedded file carries its media type, size and MD5 {@code /CheckSum}
 * (ISO 32000-1 §7.11.4); all are listed in the catalog's {@code /AF} and the EmbeddedFiles name tree.
 */
final class Attachments {
    static final String MANIFEST = "manifest.json";
    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private Attachments() {}

    /**
     * Unique attachment names, one per distinct original (by SHA-256), from the file names; a name taken
     * (letter case aside) gets the first free " (n)": {@code facture.pdf}, {@code facture.pdf} and
     * {@code facture (2).pdf}, as browsers name downloads, must stay three attachments.
     */
    static Map<String, String> names(List<Exhibit> exhibits) {
        Map<String, String> bySha = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(MANIFEST);
        for (Exhibit exhibit : exhibits) {
            if (bySha.containsKey(exhibit.sha256())) {
                continue;
            }
            String base = safe(exhibit.filename());
            int dot = base.lastIndexOf('.');
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = dot > 0 ? base.substring(0, dot) + " (" + n + ")" + base.substring(dot) : base + " (" + n + ")";
            }
            bySha.put(exhibit.sha256(), name);
        }
        return bySha;
    }

    /** File names are data: no folders, no control characters, bounded length, never the manifest's name. */
    private static String safe(String filename) {
        String name = filename.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "original" + name;
        }
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - extension.length()) + extension;
        }
        return name.equalsIgnoreCase(MANIFEST) ? "original-" + name : name;
    }

    static void attach(Assembly assembly, DossierPlan plan, Map<Integer, Filed> byNumber, Map<String, String> names,
            byte[] manifest, Instant builtAt, Labels labels) throws IOException {
        PDDocument document = assembly.document();
        Calendar when = GregorianCalendar.from(builtAt.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        Map<String, PDComplexFileSpecification> tree = new TreeMap<>();
        COSArray associated = new COSArray();
        for (DossierPlan.PlannedExhibit planned : plan.exhibits()) {
            if (planned.volume() != assembly.volume().number()) {
                continue;
            }
            Filed exhibit = byNumber.get(planned.number());
            String name = names.get(exhibit.original().sha256());
            String description = labels.get("bookmark.exhibit", planned.number(), planned.title());
            try (InputStream in = Files.newInputStream(exhibit.original().file())) {
                PDComplexFileSpecification spec = file(document, name, description, "Source", in,
                        exhibit.exhibit().mediaType(), exhibit.original().size(), exhibit.original().md5(), when);
                tree.put(name, spec);
                associated.add(spec.getCOSObject());
            }
        }
        PDComplexFileSpecification data = file(document, MANIFEST, "Manifest", "Data",
                new ByteArrayInputStream(manifest), "application/json", manifest.length, md5(manifest), when);
        tree.put(MANIFEST, data);
        associated.add(data.getCOSObject());

        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(tree);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary namesDictionary = new PDDocumentNameDictionary(catalog);
        namesDictionary.setEmbeddedFiles(files);
        catalog.setNames(namesDictionary);
        catalog.getCOSObject().setItem(AF, associated);
    }

    private static PDComplexFileSpecification file(PDDocument document, String name, String description,
            String relationship, InputStream content, String mediaType, long size, byte[] md5, Calendar when)
            throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, content);
        embedded.setSubtype(mediaType.replaceAll(";.*", "").strip());
        embedded.setSize((int) Math.min(size, Integer.MAX_VALUE));
        embedded.setModDate(when);
        COSDictionary params = embedded.getCOSObject().getCOSDictionary(COSName.PARAMS);
        params.setItem(COSName.getPDFName("CheckSum"), new COSString(md5));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        spec.getCOSObject().setName(RELATIONSHIP, relationship);
        return spec;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }
}
