package org.bordereau.render;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bordereau.cases.Case;

/**
 * Writes every letter and statement of the test cases to a folder (first argument, default
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
                    Files.write(out.resolve(kind.template() + "-" + language.code() + "-" + file.jurisdiction() + ".pdf"),
                            pdf.pdf());
                }
                RenderedPdf statement = Renderers.STATEMENTS.render(new StatementDocument.Request(null, language, file,
                        files.statement(file), LetterFiles.ISSUED, "01JZSTATEMENT0000000000001", LetterFiles.CHAIN_HEAD,
                        true));
                Files.write(out.resolve("statement-" + language.code() + "-" + file.jurisdiction() + ".pdf"),
                        statement.pdf());
            }
        }
    }
}
