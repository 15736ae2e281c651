package org.bordereau.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one language writes amounts, dates, rates and sums in words, read from
 * {@code templates/{lang}/format.properties} (data, not code: fr {@code 1 234,56 €}, en
 * {@code EUR 1,234.56}, ar {@code 1.234,56 درهم}). Sums in words use ICU's CLDR spell-out rules and
 * plural categories through an ICU message pattern per currency. Thread-safe.
 */
public final class Formats {
    private final Properties texts;
    private final DecimalFormatSymbols symbols;
    private final ULocale wordsLocale;
    /**
     * Sum-in-words patterns by currency. Building an ICU MessageFormat compiles its spell-out rules,
     * about 5 % of a whole letter's time; formatting with a built one takes microseconds. ICU's
     * MessageFormat is not thread-safe: each is used under its own lock.
     */
    private final Map<String, MessageFormat> wordFormats = new ConcurrentHashMap<>();

    private Formats(Properties texts) {
        this.texts = texts;
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(required("number.group").charAt(0));
        symbols.setDecimalSeparator(required("number.decimal").charAt(0));
        this.wordsLocale = new ULocale(required("words.locale"));
    }

    /** The formats of every language, loaded once. */
    public static Map<Language, Formats> load() {
        Map<Language, Formats> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String path = "templates/" + language.code() + "/format.properties";
            try (InputStream in = Formats.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + path);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                all.put(language, new Formats(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** A number to the cent with the language's separators: {@code 1 234,56}. */
    public String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** An amount with its currency as the language writes it: {@code 1 234,56 €}, {@code EUR 1,234.56}. */
    public String amount(BigDecimal value, String currency) {
        String pattern = texts.getProperty("amount." + currency, required("amount.other"));
        return pattern.replace("{0}", number(value)).replace("{1}", currency);
    }

    /** A rate in percent per year: {@code 12,15 %}. */
    public String percent(BigDecimal rate) {
        return required("percent").replace("{0}", number(rate));
    }

    /** A day written out: {@code 3 juillet 2025}, {@code 3 July 2025}, {@code 3 يوليوز 2025} (Latin digits). */
    public String date(LocalDate day, String jurisdiction) {
        String tag = texts.getProperty("date.locale." + jurisdiction, required("date.locale"));
        return DateTimeFormatter.ofPattern(required("date.pattern"), Locale.forLanguageTag(tag)).format(day);
    }

    /** A day in figures, for tables: {@code 15/01/2025}. */
    public String shortDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(required("date.short"), Locale.ROOT).format(day);
    }

    /**
     * A sum of money in words, units and cents: {@code quarante-et-un mille cent quatre-vingt-dix-sept
     * euros et quinze centimes}. Negative sums are never written in words.
     */
    public String words(BigDecimal value, String currency) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_EVEN);
        if (cents.signum() < 0) {
            throw new IllegalArgumentException("a negative sum is not written in words");
        }
        long units = cents.longValue();
        long fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).longValue();
        String pattern = texts.getProperty("words." + currency, required("words.other"));
        MessageFormat format = wordFormats.computeIfAbsent(pattern, p -> new MessageFormat(p, wordsLocale));
        synchronized (format) {
            return format.format(new Object[] {units, fraction, currency});
        }
    }

    private String required(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("format.properties lacks " + key);
        }
        return value;
    }
}
