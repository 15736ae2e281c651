package org.bordereau.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts of one language, from {@code dossier/labels-{lang}.properties} (UTF-8). */
final class Labels {
    private final String language;
    private final Properties texts = new Properties();

    Labels(String language) {
        this.language = language;
        String resource = "dossier/labels-" + language + ".properties";
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing labels for language " + language + ": " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return language;
    }

    /** The text of {@code key} with {0}, {1}… replaced by {@code args} as they are. */
    String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No " + language + " text for " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    String section(ExhibitGroup group) {
        return get("section." + group.name());
    }
}
