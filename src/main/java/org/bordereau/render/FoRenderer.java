package org.bordereau.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FormattingResults;
import org.apache.fop.apps.PageSequenceResults;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The document engine: a FreeMarker template ({@link Templates}) writes XSL-FO, Apache FOP lays it out
 * as PDF/A-3b with the bundled fonts embedded ({@link Fonts}). Generic: letters, statements and the
 * dossier's front matter are only different templates and models. One instance per process; it is
 * thread-safe (the FOP factory is shared, each render has its own user agent and parser).
 *
 * <p>Templates must: set a {@code font-family} on {@code fo:root} (else FOP falls back to a base-14
 * font, which PDF/A forbids), and give the title as an {@code rdf:Alt} in {@code fo:declarations}
 * (see {@code templates/common/layout.ftl}; {@code FOUserAgent.setTitle} writes a {@code dc:title}
 * that fails PDF/A rule 6.6.2.3.1-2). A glyph missing from the fonts fails the render rather than
 * printing a {@code #}.
 */
public final class FoRenderer {
    private static final String PDF_A_MODE = "PDF/A-3b";
    private static final String PRODUCER = "Bordereau";
    private static final String TRANSFORMER_FACTORY = "javax.xml.transform.TransformerFactory";
    /** The JDK's own XSLT engine: what JAXP falls back to when no jar offers one. */
    private static final String JDK_TRANSFORMER_FACTORY = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    private final Templates templates;
    private final FopFactory fop;
    private final SAXParserFactory parsers;

    public FoRenderer(Templates templates) {
        pinTransformerFactory();
        this.templates = templates;
        this.fop = Fonts.fopFactory();
        this.parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        try {
            // the FO comes from our templates, but a tenant's override is text we did not write
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (Exception e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    /**
     * Renders template {@code name} in {@code language} with {@code model} to {@code out}.
     *
     * @param tenant whose template overrides apply, or null for the bundled templates
     * @return the number of pages
     * @throws RenderException when the template or the layout fails; nothing useful was written then
     */
    public int render(String tenant, Language language, String name, Object model, OutputStream out) {
        return renderFo(templates.write(tenant, language, name, model), out);
    }

    /** As {@link #render(String, Language, String, Object, OutputStream)}, in memory. */
    public RenderedPdf render(String tenant, Language language, String name, Object model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages = render(tenant, language, name, model, out);
        return new RenderedPdf(out.toByteArray(), pages);
    }

    /**
     * Lays out a first document in each script, so that class loading, font parsing and the JIT's
     * first pass (≈ 0.4 s) happen at start-up rather than on a user's first request.
     */
    public void warmUp() {
        for (Language language : Language.values()) {
            render(null, language, "warmup", Map.of("language", language.code()), OutputStream.nullOutputStream());
        }
    }

    /**
     * As {@link #render(String, Language, String, Object, OutputStream)}, for a document made of several
     * {@code fo:page-sequence}s (the dossier's front matter: one per part, each starting a page).
     *
     * @return the number of pages of each page sequence, in document order
     */
    public List<Integer> renderSequences(String tenant, Language language, String name, Object model, OutputStream out) {
        FormattingResults results = layOut(templates.write(tenant, language, name, model), out);
        List<Integer> pages = new ArrayList<>();
        for (Object sequence : results.getPageSequences()) {
            pages.add(((PageSequenceResults) sequence).getPageCount());
        }
        return pages;
    }

    /** XSL-FO text to PDF/A-3b; the number of pages. */
    int renderFo(String fo, OutputStream out) {
        return layOut(fo, out).getPageCount();
    }

    /** An empty list leaves an empty table body, which XSL-FO forbids; one empty row keeps the table valid. */
    private static final java.util.regex.Pattern EMPTY_TABLE_BODY =
            java.util.regex.Pattern.compile("<fo:table-body([^>]*)>\\s*</fo:table-body>");

    static String withoutEmptyTableBodies(String fo) {
        return EMPTY_TABLE_BODY.matcher(fo).replaceAll(
                "<fo:table-body$1><fo:table-row><fo:table-cell><fo:block/></fo:table-cell></fo:table-row></fo:table-body>");
    }

    private FormattingResults layOut(String source, OutputStream out) {
        String fo = withoutEmptyTableBodies(source);
        FOUserAgent agent = fop.newFOUserAgent();
        agent.getRendererOptions().put("pdf-a-mode", PDF_A_MODE);
        agent.setProducer(PRODUCER);
        agent.setCreator(PRODUCER);
        List<String> fontProblems = new ArrayList<>();
        agent.getEventBroadcaster().addEventListener(event -> {
            if (isFontProblem(event)) {
                fontProblems.add(EventFormatter.format(event));
            }
        });
        try {
            Fop processor;
            // Starting a document reads the factory's configuration, a DOM that is not safe to read from
            // two threads at once (NullPointerException in FOUserAgent.getRendererConfiguration when two
            // dossiers were built together); the layout itself runs unlocked.
            synchronized (fop) {
                processor = agent.newFop(MimeConstants.MIME_PDF, out);
            }
            XMLReader reader;
            // SAXParserFactory is not specified thread-safe; creating a parser is cheap next to layout
            synchronized (parsers) {
                reader = parsers.newSAXParser().getXMLReader();
            }
            // a plain SAX feed: the JDK's identity transformer into FOP fails on Java 25 (FWK005, DESIGN.md §8)
            reader.setContentHandler(processor.getDefaultHandler());
            reader.parse(new InputSource(new StringReader(fo)));
            if (!fontProblems.isEmpty()) {
                throw new RenderException("PDF/A needs every glyph from an embedded font: " + fontProblems);
            }
            return processor.getResults();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new RenderException("the document could not be laid out: " + e.getMessage(), e);
        }
    }

    /**
     * FOP writes each document's XMP metadata through {@code TransformerFactory.newInstance()}, and JAXP
     * answers that by scanning every jar on the class path for a provider, for every document: a sixth
     * of a letter's render time with the test class path (where veraPDF brings Saxon, which is then
     * instantiated each time). Naming the JDK's own factory, as JAXP would pick in production anyway,
     * skips the scan. A JVM-wide setting: an operator's explicit choice is left alone.
     */
    private static void pinTransformerFactory() {
        if (System.getProperty(TRANSFORMER_FACTORY) == null) {
            System.setProperty(TRANSFORMER_FACTORY, JDK_TRANSFORMER_FACTORY);
        }
    }

    /** A character no bundled font can draw, or a font the FO asks for that is not bundled. */
    private static boolean isFontProblem(Event event) {
        String id = event.getEventID();
        return event.getSeverity() != EventSeverity.INFO
                && (id.endsWith("glyphNotAvailable") || id.endsWith("fontSubstituted"));
    }
}
