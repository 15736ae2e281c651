package org.bordereau.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The dossier's manifest: what was filed and from which bytes. Per exhibit its number, section, title,
 * date, original file name, media type, SHA-256 and size, its page range, the attachment holding the
 * original, how its pages were made, and anything the reader should know (notes, PDF/A issues,
 * duplicates filed under it). For the dossier: the case reference, the event-chain head the dossier
 * was built on, the build time, page count, volumes and PDF/A status. Embedded in every volume and
 * stored beside it; it cannot hold the volumes' own hashes (they contain it).
 */
final class Manifest {
    static final String FORMAT = "bordereau-dossier-manifest/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {}

    static byte[] of(DossierPlan plan, Map<Integer, Filed> byNumber, Map<String, String> names,
            List<String> volumeFiles, List<String> pdfaIssues) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("caseReference", plan.caseReference());
        root.put("language", plan.language());
        root.put("builtAt", plan.builtAt().toString());
        root.put("chainHead", plan.chainHead());
        root.put("events", plan.events().size());
        root.put("numbering", plan.numbering().name());
        root.put("pages", plan.totalPages());
        root.put("frontMatterPages", plan.frontMatterPages());
        ObjectNode pdfa = root.putObject("pdfa");
        if (pdfaIssues.isEmpty()) {
            pdfa.put("conformance", "PDF/A-3B");
        } else {
            pdfa.putNull("conformance");
        }
        pdfaIssues.forEach(pdfa.putArray("issues")::add);
        ArrayNode volumes = root.putArray("volumes");
        for (DossierPlan.Volume volume : plan.volumes()) {
            ObjectNode v = volumes.addObject();
            v.put("number", volume.number());
            v.put("file", volumeFiles.get(volume.number() - 1));
            v.put("firstPage", volume.firstPage());
            v.put("lastPage", volume.lastPage());
        }
        ArrayNode exhibits = root.putArray("exhibits");
        for (DossierPlan.PlannedExhibit e : plan.exhibits()) {
            Filed filed = byNumber.get(e.number());
            ObjectNode x = exhibits.addObject();
            x.put("number", e.number());
            x.put("section", e.section());
            x.put("group", e.group().name());
            x.put("documentId", e.documentId());
            x.put("title", e.title());
            x.put("date", e.date() == null ? null : e.date().toString());
            x.put("filename", e.filename());
            x.put("mediaType", e.mediaType());
            x.put("sha256", e.sha256());
            x.put("size", e.size());
            x.put("attachment", names.get(e.sha256()));
            x.put("volume", e.volume());
            ObjectNode pages = x.putObject("pages");
            pages.put("first", e.firstPage());
            pages.put("last", e.lastPage());
            pages.put("count", e.pageCount());
            pages.put("firstLabel", e.firstLabel());
            pages.put("lastLabel", e.lastLabel());
            x.put("conversion", filed.pages().method());
            filed.pages().notes().forEach(x.putArray("notes")::add);
            filed.pages().pdfaIssues().forEach(x.putArray("pdfaIssues")::add);
            e.duplicates().forEach(x.putArray("duplicates")::add);
        }
        return JSON.writeValueAsBytes(root);
    }
}
