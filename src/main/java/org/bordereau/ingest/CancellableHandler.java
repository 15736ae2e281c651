package org.bordereau.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a parser's output on until the parse deadline, then makes the next piece of output fail: the
 * one place every parser calls back often, so the way to stop parsers that ignore interrupts.
 */
final class CancellableHandler extends ContentHandlerDecorator {
    private final TimeLimit.Cancellation cancellation;

    CancellableHandler(ContentHandler handler, TimeLimit.Cancellation cancellation) {
        super(handler);
        this.cancellation = cancellation;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        check();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
    }

    private void check() throws SAXException {
        if (cancellation.isCancelled()) {
            throw new SAXException("parse cancelled at its deadline");
        }
    }
}
