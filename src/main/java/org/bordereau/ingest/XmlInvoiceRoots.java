package org.bordereau.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bordereau.ingest.DocumentRejectedException.Reason;

/**
 * Tells an XML e-invoice from any other XML by its root element, reading no further than that element.
 * Accepted: UBL 2.x {@code Invoice} and {@code CreditNote} (OASIS, used by Peppol and the French
 * e-invoicing platforms), UN/CEFACT {@code CrossIndustryInvoice} D16B+ (the XML inside Factur-X and
 * ZUGFeRD 2, also sent alone), and two relatives the extractor reads with the same vocabulary:
 * ZUGFeRD 1 {@code CrossIndustryDocument} and Order-X (a purchase order, also evidence).
 *
 * <p>Any document type declaration is refused before a parser can act on it: e-invoices never carry
 * one, and a DTD is the only way in for entity expansion ("billion laughs") and external entities (XXE).
 */
final class XmlInvoiceRoots {
    static final String UBL_INVOICE = "UBL-Invoice";
    static final String UBL_CREDIT_NOTE = "UBL-CreditNote";
    static final String CII = "CII";
    static final String ZUGFERD_1 = "ZUGFeRD-1";
    static final String ORDER_X = "Order-X";

    private static final Map<String, String> ROOTS = Map.of(
            "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice", UBL_INVOICE,
            "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote", UBL_CREDIT_NOTE,
            "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice", CII,
            "{urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryDocument", ZUGFERD_1,
            "{urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100}SCRDMCCBDACIOMessageStructure", ORDER_X);
    private static final int MAX_SHOWN = 120;

    private final XMLInputFactory factory;

    XmlInvoiceRoots() {
        // The JDK's own StAX parser, whatever else is on the class path, with every door closed.
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /**
     * The e-invoice format of the file: {@link #UBL_INVOICE}, {@link #UBL_CREDIT_NOTE}, {@link #CII},
     * {@link #ZUGFERD_1} or {@link #ORDER_X}.
     *
     * @throws DocumentRejectedException TOO_COMPLEX for a DTD, CORRUPT for XML that is not well formed
     *                                   before its root, UNSUPPORTED_TYPE for any other root element
     */
    String format(Path file) {
        String root = rootElement(file);
        return Optional.ofNullable(ROOTS.get(root)).orElseThrow(() -> new DocumentRejectedException(
                Reason.UNSUPPORTED_TYPE, "The content is XML (application/xml) with the root element "
                + shorten(root) + "; the only XML accepted is an e-invoice: UBL Invoice or CreditNote, "
                + "UN/CEFACT CrossIndustryInvoice (or ZUGFeRD 1), or an Order-X purchase order."));
    }

    /**
     * Whether text that Tika took for plain text is in fact an e-invoice without its XML declaration.
     * Anything unexpected (not XML, a DTD, another root) says no: it then stays plain text, which is
     * read as characters, never expanded.
     */
    boolean isInvoice(Path file) {
        try {
            if (!startsLikeXml(file)) {
                return false;
            }
            format(file);
            return true;
        } catch (DocumentRejectedException notAnInvoice) {
            return false;
        }
    }

    private static boolean startsLikeXml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            return start.startsWith("<");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rootElement(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new DocumentRejectedException(Reason.TOO_COMPLEX, "XML with a document type "
                                + "declaration (<!DOCTYPE ...>) is refused: e-invoices have none, and it is "
                                + "how entity expansion and external entity attacks get in. Remove it.");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String ns = xml.getNamespaceURI();
                        return "{" + (ns == null ? "" : ns) + "}" + xml.getLocalName();
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new DocumentRejectedException(Reason.CORRUPT,
                    "The XML is not well formed before its first element, so it cannot be read.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new DocumentRejectedException(Reason.CORRUPT, "The XML has no root element.");
    }

    private static String shorten(String root) {
        String shown = root.replace("{}", "");
        return "'" + (shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "..." : shown) + "'";
    }
}
