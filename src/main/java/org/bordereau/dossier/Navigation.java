package org.bordereau.dossier;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Stage 4, index, links and bookmarks. The index lines the front matter marked {@code #piece-K}
 * become links to exhibit K's first page (an exhibit in another volume: the mark is removed, the line
 * says which volume). Bookmarks: the front matter's parts, then one per section holding one per
 * exhibit. Page labels match the stamps, so "page 37" in the viewer is the page stamped 37. The file
 * opens on its first page at 100 % with the bookmarks shown.
 */
final class Navigation {
    static final String LINK_PREFIX = "#piece-";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Navigation() {}

    static void apply(Assembly assembly, DossierPlan plan, List<FrontMatter.Part> parts, Labels labels) {
        PDDocument document = assembly.document();
        linkIndex(assembly);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setDocumentOutline(outline(assembly, plan, parts, labels));
        catalog.setPageLabels(pageLabels(assembly, plan));
        catalog.setPageMode(PageMode.USE_OUTLINES);
        catalog.setOpenAction(at(document.getPage(0), 1f));
        catalog.setLanguage(labels.language());
    }

    private static void linkIndex(Assembly assembly) {
        PDDocument document = assembly.document();
        for (int index = 0; index < assembly.roles().size(); index++) {
            if (!(assembly.roles().get(index) instanceof Assembly.FrontPage)) {
                continue;
            }
            PDPage page = document.getPage(index);
            List<PDAnnotation> kept = new ArrayList<>();
            try {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    int target = exhibitLinked(annotation);
                    if (target == 0) {
                        kept.add(annotation);
                        continue;
                    }
                    int targetIndex = assembly.firstPageIndex(target);
                    if (targetIndex >= 0) {
                        PDActionGoTo goTo = new PDActionGoTo();
                        goTo.setDestination(at(document.getPage(targetIndex), 0f));
                        ((PDAnnotationLink) annotation).setAction(goTo);
                        annotation.setPrinted(true);
                        kept.add(annotation);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("the front matter's annotations cannot be read", e);
            }
            page.setAnnotations(kept);
        }
    }

    /** The exhibit number a front-matter link points to ({@code #piece-K}), or 0. */
    private static int exhibitLinked(PDAnnotation annotation) throws IOException {
        if (!(annotation instanceof PDAnnotationLink)) {
            return 0;
        }
        PDAction action = ((PDAnnotationLink) annotation).getAction();
        if (!(action instanceof PDActionURI)) {
            return 0;
        }
        String uri = ((PDActionURI) action).getURI();
        if (uri == null || !uri.startsWith(LINK_PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(uri.substring(LINK_PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static PDDocumentOutline outline(Assembly assembly, DossierPlan plan, List<FrontMatter.Part> parts,
            Labels labels) {
        PDDocument document = assembly.document();
        PDDocumentOutline outline = new PDDocumentOutline();
        if (assembly.volume().number() == 1) {
            for (FrontMatter.Part part : parts) {
                outline.addLast(item(part.title(), document.getPage(part.firstPage())));
            }
        }
        PDOutlineItem section = null;
        ExhibitGroup current = null;
        for (DossierPlan.PlannedExhibit exhibit : plan.exhibits()) {
            int index = assembly.firstPageIndex(exhibit.number());
            if (index < 0) {
                continue;
            }
            if (exhibit.group() != current) {
                current = exhibit.group();
                section = item(exhibit.section() + ". " + labels.section(current), document.getPage(index));
                outline.addLast(section);
            }
            String title = exhibit.date() == null ? exhibit.title() : exhibit.title() + " (" + DAY.format(exhibit.date()) + ")";
            section.addLast(item(labels.get("bookmark.exhibit", exhibit.number(), title), document.getPage(index)));
        }
        outline.openNode();
        return outline;
    }

    private static PDPageLabels pageLabels(Assembly assembly, DossierPlan plan) {
        PDPageLabels pageLabels = new PDPageLabels(assembly.document());
        DossierPlan.Volume volume = assembly.volume();
        if (plan.numbering() == Numbering.CONTINUOUS) {
            PDPageLabelRange range = new PDPageLabelRange();
            range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            range.setStart(volume.firstPage());
            pageLabels.setLabelItem(0, range);
            return pageLabels;
        }
        for (DossierPlan.Section section : plan.sections()) {
            int first = Math.max(section.firstPage(), volume.firstPage());
            if (first > Math.min(section.lastPage(), volume.lastPage())) {
                continue;
            }
            PDPageLabelRange range = new PDPageLabelRange();
            range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            range.setPrefix(section.letter() + " ");
            range.setStart(first - section.firstPage() + 1);
            pageLabels.setLabelItem(first - volume.firstPage(), range);
        }
        return pageLabels;
    }

    private static PDOutlineItem item(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(at(page, 0f));
        return item;
    }

    /** The top left of a page, at {@code zoom} (1 = 100 %; 0 keeps the reader's zoom). */
    private static PDPageXYZDestination at(PDPage page, float zoom) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft((int) page.getMediaBox().getLowerLeftX());
        destination.setTop((int) Math.ceil(page.getMediaBox().getUpperRightY()));
        destination.setZoom(zoom);
        return destination;
    }
}
