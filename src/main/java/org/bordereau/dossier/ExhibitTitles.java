package org.bordereau.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title and date an exhibit is listed with. In order: what the agent recorded; a file named
 * {@code yyyy-mm-dd Title.ext} (how offices name scans); what the document says (an e-mail's subject
 * and date, a PDF's title and creation date, a photo's EXIF date); the file name without extension.
 * A date found nowhere stays empty rather than guessed.
 */
final class ExhibitTitles {
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ _-]+(.+?)(\\.[A-Za-z0-9]{1,5})?$");

    record Listed(String title, LocalDate date) {}

    private ExhibitTitles() {}

    static Listed of(Exhibit exhibit, Converted pages) {
        Matcher named = DATED_NAME.matcher(exhibit.filename().strip());
        String nameTitle = null;
        LocalDate nameDate = null;
        if (named.matches()) {
            try {
                nameDate = LocalDate.parse(named.group(1));
                nameTitle = named.group(2).replace('_', ' ').strip();
            } catch (DateTimeParseException notADate) {
                // 2025-13-45 is not a date: the name is just a name
            }
        }
        String title = firstNonBlank(exhibit.title(), nameTitle, pages.title(), stem(exhibit.filename()));
        LocalDate date = exhibit.date() != null ? exhibit.date() : nameDate != null ? nameDate : pages.date();
        return new Listed(title, date);
    }

    private static String stem(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot > 0 ? filename.substring(0, dot) : filename;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
