package org.bordereau.dossier;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Stage 2, assemble: one volume's pages in order, front matter first in volume 1. Pages are imported
 * from the converted files, which stay open (read from disk on demand) until the volume is saved, and
 * new streams go to PDFBox's temporary-file cache in the build's folder: the dossier is never whole in
 * heap, and its copies never outside the folder the build deletes. Page-level
 * actions ({@code /AA}, run when a page opens) are dropped: PDF/A forbids them and evidence needs none.
 */
final class Assembly implements Closeable {
    /** What a page of the volume is. */
    sealed interface Role permits FrontPage, ExhibitPage {}

    record FrontPage(int index) implements Role {}

    /** Page {@code page} (from 1) of an exhibit; {@code foreign}: laid out by someone else. */
    record ExhibitPage(DossierPlan.PlannedExhibit exhibit, int page, boolean foreign) implements Role {}

    private final StreamCacheCreateFunction scratch;
    private final PDDocument document;
    private final DossierPlan.Volume volume;
    private final List<PDDocument> sources = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final Map<Integer, Integer> firstIndex = new HashMap<>();

    private Assembly(DossierPlan.Volume volume, Path folder) {
        this.scratch = Conversions.scratchFilesIn(folder);
        this.document = new PDDocument(scratch);
        this.volume = volume;
    }

    /** @param folder the build's work folder, where PDFBox's scratch files go */
    static Assembly of(DossierPlan plan, DossierPlan.Volume volume, Path frontMatter, Map<Integer, Filed> filed,
            Path folder) throws IOException {
        Assembly assembly = new Assembly(volume, folder);
        try {
            if (volume.number() == 1 && plan.frontMatterPages() > 0) {
                PDDocument front = assembly.open(frontMatter);
                // the front matter is the file's first pages; stand-ins may follow (FrontMatter.RenderedPages)
                if (front.getNumberOfPages() < plan.frontMatterPages()) {
                    throw new IllegalStateException("The front matter has " + front.getNumberOfPages()
                            + " pages but reported " + plan.frontMatterPages());
                }
                for (int i = 0; i < plan.frontMatterPages(); i++) {
                    assembly.add(front.getPage(i), new FrontPage(i));
                }
            }
            for (DossierPlan.PlannedExhibit exhibit : plan.exhibits()) {
                if (exhibit.volume() == volume.number()) {
                    Converted pages = filed.get(exhibit.number()).pages();
                    PDDocument source = assembly.open(pages.pdf());
                    assembly.firstIndex.put(exhibit.number(), assembly.roles.size());
                    Map<COSDictionary, PDPage> copies = new IdentityHashMap<>();
                    for (int i = 0; i < source.getNumberOfPages(); i++) {
                        PDPage page = source.getPage(i);
                        copies.put(page.getCOSObject(), assembly.add(page, new ExhibitPage(exhibit, i + 1,
                                pages.foreignPages())));
                    }
                    InternalLinks.relink(source, copies);
                }
            }
            if (assembly.roles.size() != volume.pageCount()) {
                throw new IllegalStateException("Volume " + volume.number() + " was planned with " + volume.pageCount()
                        + " pages and has " + assembly.roles.size());
            }
            return assembly;
        } catch (IOException | RuntimeException e) {
            assembly.close();
            throw e;
        }
    }

    private PDDocument open(Path pdf) throws IOException {
        PDDocument source = Loader.loadPDF(pdf.toFile(), scratch);
        sources.add(source);
        return source;
    }

    private PDPage add(PDPage page, Role role) throws IOException {
        PDPage imported = document.importPage(page);
        imported.getCOSObject().removeItem(COSName.AA);
        roles.add(role);
        return imported;
    }

    PDDocument document() {
        return document;
    }

    DossierPlan.Volume volume() {
        return volume;
    }

    List<Role> roles() {
        return roles;
    }

    /** The page index in this volume of an exhibit's first page, or -1 when it is in another volume. */
    int firstPageIndex(int exhibitNumber) {
        return firstIndex.getOrDefault(exhibitNumber, -1);
    }

    /** The dossier-wide number (from 1) of the page at {@code index} in this volume. */
    int dossierPage(int index) {
        return volume.firstPage() + index;
    }

    void save(Path file) throws IOException {
        document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PDDocument source : sources) {
            try {
                source.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        document.close();
        if (failure != null) {
            throw failure;
        }
    }
}
