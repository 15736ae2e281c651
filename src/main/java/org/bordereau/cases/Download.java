package org.bordereau.cases;

import java.time.Instant;

/**
 * Someone downloaded an issued letter or dossier (OUTPUT_DOWNLOADED): who, when, which, in what
 * form, and how ({@code via}: the API, or a time-limited link). Part of the chain of custody.
 */
public record Download(long seq, Instant at, String by, String output, String outputId, String format, String via) {}
