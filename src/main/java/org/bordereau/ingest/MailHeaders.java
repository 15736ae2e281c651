package org.bordereau.ingest;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The headers of an e-mail that become the document's metadata and the case's chronology:
 * {@code from}, {@code to}, {@code cc}, {@code date} (ISO-8601 UTC instant) and {@code subject}.
 * Tika's RFC 822 (.eml) and Outlook (.msg) parsers name them differently; this is the one mapping.
 * Values are single lines (an e-mail header cannot inject a line into a log or a letter) of bounded length.
 */
final class MailHeaders {
    static final String FROM = "from";
    static final String TO = "to";
    static final String CC = "cc";
    static final String DATE = "date";
    static final String SUBJECT = "subject";
    private static final int MAX_VALUE = 1000;

    private MailHeaders() {}

    static Map<String, String> of(Metadata tika) {
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, FROM, from(tika));
        put(headers, TO, joined(tika, Message.MESSAGE_TO));
        put(headers, CC, joined(tika, Message.MESSAGE_CC));
        put(headers, DATE, date(tika));
        put(headers, SUBJECT, first(tika.get(TikaCoreProperties.TITLE), raw(tika, "Subject")));
        return headers;
    }

    /** .eml gives "Name <address>"; .msg gives the display name and the address apart. */
    private static String from(Metadata tika) {
        String from = tika.get(Message.MESSAGE_FROM);
        String email = tika.get(Message.MESSAGE_FROM_EMAIL);
        if (from != null && email != null && !from.contains("@")) {
            return from + " <" + email + ">";
        }
        return first(from, first(email, raw(tika, "From")));
    }

    private static String date(Metadata tika) {
        String created = tika.get(TikaCoreProperties.CREATED);
        if (created != null) {
            try {
                return Instant.parse(created).truncatedTo(ChronoUnit.SECONDS).toString();
            } catch (DateTimeParseException notIso) {
                // fall through to the raw header
            }
        }
        String header = raw(tika, "Date");
        if (header == null) {
            return null;
        }
        try {
            // RFC 5322 dates may carry a trailing "(CET)" comment, which the JDK format does not accept.
            String bare = header.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            return ZonedDateTime.parse(bare, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeParseException unreadable) {
            return null; // an unreadable date is left out, never guessed
        }
    }

    private static String joined(Metadata tika, String name) {
        String[] values = tika.getValues(name);
        if (values.length == 0) {
            return null;
        }
        return Arrays.stream(values).filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().collect(Collectors.joining(", "));
    }

    private static String raw(Metadata tika, String header) {
        return tika.get(Message.MESSAGE_RAW_HEADER_PREFIX + header);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static void put(Map<String, String> headers, String key, String value) {
        if (value == null) {
            return;
        }
        String line = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (!line.isEmpty()) {
            headers.put(key, line.length() > MAX_VALUE ? line.substring(0, MAX_VALUE) + "..." : line);
        }
    }
}
