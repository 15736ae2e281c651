package org.bordereau.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bordereau.cases.ExtractedField;

/**
 * Counts, per field and overall, how the extractor did against the ground truth:
 * <b>correct</b> (matches), <b>wrong</b> (a value that differs), <b>missed</b> (expected, absent),
 * <b>spurious</b> (present although the document does not show the field). Precision is
 * correct / (correct + wrong + spurious): of the values given, how many were right. Recall is
 * correct / expected. Wrong and spurious values are the ones that hurt: "not found" was possible.
 */
final class CorpusScore {

    enum Outcome { CORRECT, WRONG, MISSED, SPURIOUS, ABSENT }

    /** One field of one file. */
    record Result(CorpusManifest.Entry entry, String field, String expected, ExtractedField got, Outcome outcome) {}

    /** One file: its results, or why it was not evaluated. */
    record FileRun(CorpusManifest.Entry entry, String mediaType, String textSource, int textLength,
                   String kind, double kindConfidence, List<Result> results, String skipped, String error,
                   long millis) {}

    static final class Tally {
        int correct;
        int wrong;
        int missed;
        int spurious;

        void add(Outcome o) {
            switch (o) {
                case CORRECT -> correct++;
                case WRONG -> wrong++;
                case MISSED -> missed++;
                case SPURIOUS -> spurious++;
                case ABSENT -> { }
            }
        }

        int expected() {
            return correct + wrong + missed;
        }

        int given() {
            return correct + wrong + spurious;
        }

        double precision() {
            return given() == 0 ? Double.NaN : (double) correct / given();
        }

        double recall() {
            return expected() == 0 ? Double.NaN : (double) correct / expected();
        }
    }

    static Outcome judge(String field, List<String> accepted, List<String> optional, ExtractedField got) {
        boolean present = got != null && got.value() != null && !got.value().isBlank();
        if (accepted.isEmpty()) {
            if (present && !optional.isEmpty() && CorpusCompare.matches(field, got.value(), optional)) {
                return Outcome.ABSENT;
            }
            return present ? Outcome.SPURIOUS : Outcome.ABSENT;
        }
        if (!present) {
            return Outcome.MISSED;
        }
        return CorpusCompare.matches(field, got.value(), accepted) ? Outcome.CORRECT : Outcome.WRONG;
    }

    static List<Result> score(CorpusManifest.Entry entry, Map<String, ExtractedField> fields) {
        List<Result> results = new ArrayList<>();
        for (String field : CorpusManifest.FIELDS) {
            ExtractedField got = fields == null ? null : fields.get(field);
            results.add(new Result(entry, field, entry.fields().get(field), got,
                    judge(field, entry.accepted(field), entry.optional(field), got)));
        }
        return results;
    }

    static Tally overall(List<FileRun> runs) {
        Tally t = new Tally();
        evaluated(runs).forEach(r -> r.results().forEach(x -> t.add(x.outcome())));
        return t;
    }

    private static List<FileRun> evaluated(List<FileRun> runs) {
        return runs.stream().filter(r -> r.skipped() == null).toList();
    }

    private static Map<String, Tally> by(List<FileRun> runs, Function<Result, String> key) {
        Map<String, Tally> map = new TreeMap<>();
        for (FileRun run : evaluated(runs)) {
            for (Result r : run.results()) {
                map.computeIfAbsent(key.apply(r), k -> new Tally()).add(r.outcome());
            }
        }
        return map;
    }

    // ------------------------------------------------------------------ report

    /** The report of several sets (name → runs): a comparison first, then each set in full. */
    static String report(Map<String, List<FileRun>> sets, String header) {
        StringBuilder md = new StringBuilder();
        md.append("# Extraction corpus report\n\n").append(header).append('\n');
        md.append("| set | files | expected | correct | wrong | missed | spurious | precision | recall |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        sets.forEach((name, runs) -> {
            Tally t = overall(runs);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s | %s |%n", name,
                    evaluated(runs).size(), t.expected(), t.correct, t.wrong, t.missed, t.spurious,
                    pct(t.precision()), pct(t.recall())));
        });
        md.append("\n## Per field, precision / recall per set\n\n| field |");
        sets.keySet().forEach(name -> md.append(' ').append(name).append(" |"));
        md.append("\n|---|");
        sets.keySet().forEach(name -> md.append("---:|"));
        md.append('\n');
        for (String field : CorpusManifest.FIELDS) {
            md.append("| ").append(field).append(" |");
            sets.values().forEach(runs -> {
                Tally t = by(runs, Result::field).getOrDefault(field, new Tally());
                md.append(String.format(Locale.ROOT, " %s / %s (%d/%d) |", pct(t.precision()), pct(t.recall()),
                        t.correct, t.expected()));
            });
            md.append('\n');
        }
        sets.forEach((name, runs) -> md.append('\n').append(section(name, runs)));
        return md.toString();
    }

    private static String section(String name, List<FileRun> runs) {
        StringBuilder md = new StringBuilder();
        md.append("# Set `").append(name).append("`\n\n");
        Tally all = overall(runs);
        long skipped = runs.stream().filter(r -> r.skipped() != null).count();
        md.append(String.format(Locale.ROOT,
                "Files: %d evaluated, %d skipped. Fields expected: %d. Overall: **precision %s, recall %s** "
                        + "(correct %d, wrong %d, missed %d, spurious %d).%n%n",
                runs.size() - skipped, skipped, all.expected(), pct(all.precision()), pct(all.recall()),
                all.correct, all.wrong, all.missed, all.spurious));

        Map<String, Tally> perField = new LinkedHashMap<>();
        Map<String, Tally> sorted = by(runs, Result::field);
        CorpusManifest.FIELDS.forEach(f -> perField.put(f, sorted.getOrDefault(f, new Tally())));
        md.append("## Per field\n\n");
        table(md, "field", perField, all);

        md.append("\n## Per category\n\n");
        table(md, "category", by(runs, r -> r.entry().category()), all);
        md.append("\n## Per origin\n\n");
        table(md, "origin", by(runs, r -> r.entry().origin()), all);
        md.append("\n## Per language\n\n");
        table(md, "language", by(runs, r -> r.entry().language()), all);

        md.append("\n## Per file\n\n");
        md.append("| file | category | text | kind | correct / expected | wrong | missed | spurious | ms |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|---:|\n");
        for (FileRun run : runs) {
            if (run.skipped() != null) {
                md.append(String.format(Locale.ROOT, "| %s | %s | — | — | skipped: %s | | | | |%n",
                        run.entry().file(), run.entry().category(), run.skipped()));
                continue;
            }
            Tally t = new Tally();
            run.results().forEach(r -> t.add(r.outcome()));
            md.append(String.format(Locale.ROOT, "| %s | %s | %s %d | %s %.2f | %d / %d | %d | %d | %d | %d |%n",
                    run.entry().file(), run.entry().category(), run.textSource(), run.textLength(),
                    run.kind(), run.kindConfidence(), t.correct, t.expected(), t.wrong, t.missed, t.spurious,
                    run.millis()));
        }

        md.append("\n## Wrong and spurious values\n\n");
        int n = 0;
        for (FileRun run : evaluated(runs)) {
            if (run.error() != null) {
                md.append("- `").append(run.entry().file()).append("`: extractor failed: ")
                        .append(run.error()).append('\n');
                n++;
            }
            for (Result r : run.results()) {
                if (r.outcome() == Outcome.WRONG || r.outcome() == Outcome.SPURIOUS) {
                    md.append(String.format(Locale.ROOT, "- `%s` %s: expected %s, got `%s` (%s, %.2f)%n",
                            run.entry().file(), r.field(),
                            r.expected() == null ? "nothing" : "`" + r.expected() + "`",
                            r.got().value(), r.got().source(), r.got().confidence()));
                    n++;
                }
            }
        }
        if (n == 0) {
            md.append("None.\n");
        }

        md.append("\n## Missed fields\n\n");
        int m = 0;
        for (FileRun run : evaluated(runs)) {
            List<String> missed = run.results().stream().filter(r -> r.outcome() == Outcome.MISSED)
                    .map(Result::field).toList();
            if (!missed.isEmpty()) {
                md.append("- `").append(run.entry().file()).append("`: ").append(String.join(", ", missed))
                        .append('\n');
                m++;
            }
        }
        if (m == 0) {
            md.append("None.\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, Map<String, Tally> rows, Tally total) {
        md.append("| ").append(title).append(" | expected | correct | wrong | missed | spurious | precision | recall |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((k, t) -> row(md, k, t));
        row(md, "**all**", total);
    }

    private static void row(StringBuilder md, String name, Tally t) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s |%n", name, t.expected(),
                t.correct, t.wrong, t.missed, t.spurious, pct(t.precision()), pct(t.recall())));
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v * 100);
    }
}
