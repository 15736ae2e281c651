package org.bordereau.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain text file (also CSV and XML, e.g. an e-invoice) set in DejaVu Sans Mono, long lines wrapped,
 * line breaks kept. UTF-8 when the bytes are UTF-8, else Windows-1252 (what old French and Moroccan
 * systems write). Past {@value #MAX_LINES} lines the rest is left to the attached original.
 */
record TextExhibit() implements ExhibitConverter {
    static final int MAX_LINES = 12_000;
    private static final float SIZE = 9f;

    @Override
    public Converted convert(Spooled original, Conversions context) throws IOException {
        List<String> notes = new ArrayList<>();
        Charset charset = isUtf8(original.file()) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        if (!charset.equals(StandardCharsets.UTF_8)) {
            notes.add("Read as Windows-1252 (not valid UTF-8).");
        }
        Path out = context.newFile("text-", ".pdf");
        boolean replaced = false;
        try (PDDocument document = context.newDocument();
             BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(original.file()), charset))) {
            PDType0Font mono = context.fonts().load(document, Fonts.MONO);
            PDType0Font arabic = context.fonts().load(document, Fonts.ARABIC);
            int count = 0;
            try (FlowWriter page = new FlowWriter(document, arabic)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (++count > MAX_LINES) {
                        notes.add("Only the first " + MAX_LINES + " lines are laid out; the attached original is whole.");
                        break;
                    }
                    replaced |= !ArabicText.isArabic(line) && missing(Glyphs.printable(mono, line)) > missing(line);
                    if (line.isBlank()) {
                        page.gap(SIZE * 1.3f);
                    } else {
                        page.paragraph(mono, SIZE, 0f, line);
                    }
                }
            }
            if (replaced) {
                notes.add("Characters the font cannot show are printed as '?'; the attached original is whole.");
            }
            document.save(out.toFile());
            return new Converted(out, document.getNumberOfPages(), "text", null, null, notes, List.of(), false);
        }
    }

    private static long missing(String text) {
        return text.chars().filter(c -> c == Glyphs.MISSING).count();
    }

    /** Decodes the whole file as strict UTF-8, streaming. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
