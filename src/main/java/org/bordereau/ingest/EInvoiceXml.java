package org.bordereau.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an e-invoice XML: UN/CEFACT Cross Industry Invoice (Factur-X, ZUGFeRD 2, XRechnung CII;
 * also ZUGFeRD 1 and Order-X, which share its vocabulary) or OASIS UBL 2 Invoice / CreditNote.
 * The XML is untrusted: no DTD at all (a DOCTYPE makes the file unreadable here: that is how
 * entity-expansion and external-entity attacks start), no external access, secure processing on.
 * Elements are found by local name, so namespace prefixes do not matter.
 */
final class EInvoiceXml {
    /** E-invoices are tens of kilobytes; a bigger XML is not one worth parsing into memory. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final String CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final String ZUGFERD1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0";
    private static final String ORDER_X_NS = "urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100";
    private static final String UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final DateTimeFormatter CII_102 = DateTimeFormatter.BASIC_ISO_DATE;

    private EInvoiceXml() {}

    /** The e-invoice in a file, if it is one of the known syntaxes and safe to read. */
    static Optional<EInvoice> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<EInvoice> read(byte[] xml) {
        Optional<Element> root = parse(xml);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Element r = root.get();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String name = r.getLocalName();
        if ("CrossIndustryInvoice".equals(name) && ns.equals(CII_NS)
                || "CrossIndustryDocument".equals(name) && ns.equals(ZUGFERD1_NS)) {
            return Optional.of(EInvoiceCii.read(r, false));
        }
        if ("SCRDMCCBDACIOMessageStructure".equals(name) && ns.equals(ORDER_X_NS)) {
            return Optional.of(EInvoiceCii.read(r, true));
        }
        if ("Invoice".equals(name) && ns.equals(UBL_INVOICE_NS)) {
            return Optional.of(EInvoiceUbl.read(r, false));
        }
        if ("CreditNote".equals(name) && ns.equals(UBL_CREDIT_NOTE_NS)) {
            return Optional.of(EInvoiceUbl.read(r, true));
        }
        return Optional.empty();
    }

    /** The root element, or empty when the bytes are not well-formed XML or declare a DTD. */
    static Optional<Element> parse(byte[] xml) {
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilder builder = safeFactory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no parser noise on stderr
            return Optional.ofNullable(builder.parse(in).getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.empty();
        }
    }

    static final int MAX_DEPTH = 200;

    /** The JDK's own parser (not whichever one the classpath brings), with every door to the outside shut. */
    private static DocumentBuilderFactory safeFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // UBL and CII nest a dozen levels; 10 000 nested elements in 70 KB made reading the text recurse
        // until the stack overflowed (an Error that failed the whole upload)
        factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    /** The first element down a path of local names. */
    static Optional<Element> child(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            List<Element> next = children(current, name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    /** The direct children of {@code parent} with local name {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(((Element) n).getLocalName())) {
                found.add((Element) n);
            }
        }
        return found;
    }

    /** The trimmed text down a path; empty when missing or blank. */
    static Optional<String> text(Element parent, String... path) {
        return child(parent, path).map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty());
    }

    /** A CII date: {@code DateTimeString} in format 102 (YYYYMMDD) is the one invoices use. */
    static Optional<String> ciiDate(Optional<Element> dateTime) {
        Optional<Element> string = dateTime.flatMap(e -> child(e, "DateTimeString"));
        if (string.isEmpty()) {
            return Optional.empty();
        }
        String format = string.get().getAttribute("format");
        String value = string.get().getTextContent().trim();
        if (!format.isEmpty() && !format.equals("102")) {
            return Optional.empty(); // 610 (month) and 616 (week) are periods, not dates
        }
        try {
            return Optional.of(LocalDate.parse(value, CII_102).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A UBL date: ISO 8601 {@code YYYY-MM-DD}. */
    static Optional<String> isoDate(Optional<String> value) {
        try {
            return value.map(v -> LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An XML amount as the fields carry it ({@code 1234.5} → {@code 1234.50}); empty when not a number. */
    static Optional<String> amount(Optional<String> value) {
        try {
            return value.map(v -> {
                BigDecimal amount = new BigDecimal(v.trim());
                return (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The amount among {@code candidates} stated in {@code currency} (CII and UBL may repeat the tax in a second currency). */
    static Optional<String> amountIn(List<Element> candidates, Optional<String> currency) {
        for (Element e : candidates) {
            String id = e.getAttribute("currencyID");
            if (currency.isEmpty() || id.isEmpty() || id.equals(currency.get())) {
                return amount(Optional.of(e.getTextContent()));
            }
        }
        return candidates.isEmpty() ? Optional.empty() : amount(Optional.of(candidates.get(0).getTextContent()));
    }

    /** A party's identifier and its rank: 1 legal registration, 2 registry scheme id, 3 VAT, 4 tax number. */
    record PartyId(String value, int rank) {}

    /** ISO 6523 codes of company registries: 0002 SIRENE (SIREN), 0009 SIRET. */
    static boolean isRegistryScheme(String scheme, String value) {
        return scheme.equals("0002") || scheme.equals("0009") || value.matches("\\d{9}|\\d{14}|\\d{15}");
    }

    /** The legal registration number if stated, else the best-ranked identifier (spaces removed). */
    static Optional<String> bestId(List<PartyId> ids) {
        return ids.stream().filter(id -> !id.value().isBlank())
                .min((a, b) -> Integer.compare(a.rank(), b.rank()))
                .map(id -> id.value().replaceAll("\\s", ""));
    }

    static void put(Map<String, String> fields, String field, Optional<String> value) {
        value.ifPresent(v -> fields.put(field, v));
    }
}
