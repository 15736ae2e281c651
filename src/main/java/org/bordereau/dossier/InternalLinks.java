package org.bordereau.dossier;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * The annotations of pages imported from a source file, made to point into the dossier. An imported
 * page shares its annotations with the source: their {@code /P} names the source's page, whose
 * {@code /Parent} drags the source's whole page tree into the saved volume (hidden objects, the file
 * twice the size), and a link to another page of the same exhibit (a Word table of contents, "see
 * annex") points at a page that is not in the dossier. Each {@code /P} is set to the imported page;
 * a link to a page of the same file lands on its copy (named destinations resolved through the source);
 * a link to anything else inside the source is made inert rather than left dead. Web links stay.
 */
final class InternalLinks {
    private InternalLinks() {}

    /** @param copies each imported source page (by its dictionary) and its copy in the volume */
    static void relink(PDDocument source, Map<COSDictionary, PDPage> copies) throws IOException {
        for (PDPage copy : copies.values()) {
            for (PDAnnotation annotation : copy.getAnnotations()) {
                annotation.setPage(copy);
                if (annotation instanceof PDAnnotationLink link) {
                    relink(source, link, copies);
                }
            }
        }
    }

    private static void relink(PDDocument source, PDAnnotationLink link, Map<COSDictionary, PDPage> copies)
            throws IOException {
        PDAction action = link.getAction();
        PDDestination destination = action instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
        if (destination == null) {
            return; // a web link, or no link at all
        }
        PDPageDestination page = destination instanceof PDNamedDestination named
                ? source.getDocumentCatalog().findNamedDestinationPage(named)
                : destination instanceof PDPageDestination explicit ? explicit : null;
        PDPage target = page == null || page.getPage() == null ? null : copies.get(page.getPage().getCOSObject());
        PDPageDestination moved = target == null ? null : onto(page, target);
        if (action instanceof PDActionGoTo goTo) {
            if (moved == null) {
                link.setAction(null);
            } else {
                goTo.setDestination(moved);
            }
        } else {
            link.setDestination(moved);
        }
    }

    /** The same view (fit, zoom, position) of another page. */
    private static PDPageDestination onto(PDPageDestination view, PDPage page) throws IOException {
        COSArray array = new COSArray();
        array.add(page.getCOSObject());
        COSArray original = view.getCOSObject();
        for (int i = 1; i < original.size(); i++) {
            array.add(original.get(i));
        }
        return (PDPageDestination) PDDestination.create(array);
    }
}
