package org.bordereau.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.cases.Case;
import org.bordereau.cases.LetterKind;

/**
 * Writes every letter and statement of the test cases, and a statement and a formal notice of the
 * largest amounts the tables print, to a folder (first argument, default
 * {@code target/samples}), to look at them: {@code pdftoppm -r 80 -png file.pdf out}.
 */
final class RenderSamples {
    private RenderSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/samples"));
        LetterFiles files = new LetterFiles(Files.createTempDirectory("samples"));
        for (Case file : new Case[] {files.moroccan, files.french}) {
            for (Language language : Language.values()) {
                for (LetterKind kind : LetterKind.values()) {
                    RenderedPdf pdf = Renderers.LETTERS.render(files.request(kind, language, file));
                    Files.write(out.resolve(Letters.template(kind) + "-" + language.code() + "-" + file.jurisdiction() + ".pdf"),
                            pdf.pdf());
                }
                RenderedPdf statement = Renderers.STATEMENTS.render(new StatementDocument.Request(null, language, file,
                        files.statement(file), LetterFiles.ISSUED, "01JZSTATEMENT0000000000001", LetterFiles.CHAIN_HEAD,
                        true));
                Files.write(out.resolve("statement-" + language.code() + "-" + file.jurisdiction() + ".pdf"),
                        statement.pdf());
            }
        }
        // the widest amounts the tables print (LargeClaims): a statement and a formal notice per language
        LargeClaims large = new LargeClaims(Files.createTempDirectory("large"));
        for (String jurisdiction : new String[] {"MA", "FR"}) {
            for (Language language : Language.values()) {
                String suffix = "-" + language.code() + "-" + jurisdiction + "-large.pdf";
                Files.write(out.resolve("statement" + suffix),
                        Renderers.STATEMENTS.render(large.statement(language, jurisdiction)).pdf());
                Files.write(out.resolve(Letters.template(LetterKind.MISE_EN_DEMEURE) + suffix), Renderers.LETTERS
                        .render(large.letter(LetterKind.MISE_EN_DEMEURE, language, jurisdiction)).pdf());
            }
        }
    }
}
