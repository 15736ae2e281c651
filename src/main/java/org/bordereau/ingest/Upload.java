package org.bordereau.ingest;

import java.io.InputStream;
import org.bordereau.cases.DocumentKind;

/**
 * One incoming file, as the client sent it: the body (read once, streamed), the client's media type
 * and file name (recorded, never trusted), an optional kind the client asserts, and a note.
 */
public record Upload(InputStream body, String declaredType, String filename, DocumentKind kind, String note) {}
