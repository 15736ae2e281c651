package org.bordereau.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.bordereau.cases.LetterKind;

/** The days a letter gives the debtor by default, and the range an agent may choose from (data, with why). */
record LetterDefaults(Map<LetterKind, Integer> deadlineDays, int minDays, int maxDays) {

    static LetterDefaults load() {
        try (InputStream in = LetterDefaults.class.getResourceAsStream("/letters/defaults.json")) {
            if (in == null) {
                throw new IllegalStateException("letters/defaults.json missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<LetterKind, Integer> days = new EnumMap<>(LetterKind.class);
            for (LetterKind kind : LetterKind.values()) {
                JsonNode n = root.path("deadlineDays").path(kind.name());
                if (!n.canConvertToInt()) {
                    throw new IllegalStateException("letters/defaults.json: no deadlineDays for " + kind);
                }
                days.put(kind, n.asInt());
            }
            return new LetterDefaults(days, root.path("minDeadlineDays").asInt(1), root.path("maxDeadlineDays").asInt(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
