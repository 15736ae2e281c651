package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.bordereau.cases.DocumentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build converts several exhibits at once, each LibreOffice with its own profile, and a build that
 * fails stops the conversions still running. The LibreOffice here is a shell script standing in for it:
 * each instance waits for a second one to be running, which only happens when conversions overlap.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ConversionsSideBySideTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    @Test
    void twoOfficeFilesAreConvertedAtOnceEachWithItsOwnProfile() throws Exception {
        Path seen = Files.createDirectories(dir.resolve("seen"));
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Path converted = files.pdf("converted.pdf", 1, PDRectangle.A4, 0, false);
        Path soffice = script("soffice", """
                [ "$1" = --version ] && { echo 'LibreOffice (stand-in)'; exit 0; }
                touch "%1$s/running-$$"
                for arg in "$@"; do case "$arg" in -env:UserInstallation=*) echo "$arg" > "%1$s/profile-$$";; esac; done
                out=; while [ $# -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; shift; done
                i=0
                while [ "$(ls "%1$s" | grep -c '^running-')" -lt 2 ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done
                [ "$(ls "%1$s" | grep -c '^running-')" -ge 2 ] || exit 3
                cp "%2$s" "$out/exhibit.pdf"
                """.formatted(seen, converted));
        files.add(DocumentKind.QUOTE, files.docx("devis.docx", "Devis D-1"), DOCX);
        files.add(DocumentKind.PURCHASE_ORDER, files.docx("commande.docx", "Commande C-1"), DOCX);

        DossierResult result = builder(soffice, 2).build(request(files), dir.resolve("out"));

        JsonNode exhibits = new ObjectMapper().readTree(result.manifest()).get("exhibits");
        List<String> conversions = new ArrayList<>();
        exhibits.forEach(e -> conversions.add(e.get("conversion").asText()));
        assertThat(conversions).as("each stand-in finished only because the other ran beside it")
                .containsExactly("office", "office");
        List<String> profiles = new ArrayList<>();
        try (Stream<Path> recorded = Files.list(seen)) {
            for (Path file : recorded.filter(f -> f.getFileName().toString().startsWith("profile-")).toList()) {
                profiles.add(Files.readString(file).strip());
            }
        }
        assertThat(profiles).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aBuildStoppedByATamperedOriginalKillsTheConversionStillRunning() throws Exception {
        Path seen = Files.createDirectories(dir.resolve("seen"));
        DossierFixtures files = new DossierFixtures(Files.createDirectories(dir.resolve("in")));
        Path soffice = script("soffice", """
                [ "$1" = --version ] && { echo 'LibreOffice (stand-in)'; exit 0; }
                echo $$ > "%1$s/pid.tmp" && mv "%1$s/pid.tmp" "%1$s/pid"
                sleep 60
                """.formatted(seen));
        files.add(DocumentKind.QUOTE, files.docx("devis.docx", "Devis D-1"), DOCX);
        Path pdf = files.pdf("facture.pdf", 1, PDRectangle.A4, 0, false);
        Path pid = seen.resolve("pid");
        // read only once the stand-in runs, so that the failure finds a conversion to stop
        files.exhibits.add(new Exhibit("DOC999", DocumentKind.INVOICE, null, null, null, "facture.pdf",
                "application/pdf", "00".repeat(32), Files.size(pdf), () -> {
                    awaitFile(pid);
                    return Files.newInputStream(pdf);
                }));
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> builder(soffice, 2).build(request(files), out))
                .isInstanceOf(ExhibitIntegrityException.class).hasMessageContaining("DOC999");

        long program = Long.parseLong(Files.readString(pid).strip());
        assertThat(ProcessHandle.of(program).map(ProcessHandle::isAlive).orElse(false))
                .as("the stand-in LibreOffice outlived the build").isFalse();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("the build's work folder is gone").isEmpty();
        }
    }

    private static DossierBuilder builder(Path soffice, int parallelism) {
        return new DossierBuilder(new TestFrontMatter(), Sealer.none(), new ConverterSettings(soffice.toString(), null,
                Duration.ofSeconds(30), Duration.ZERO, parallelism), Clock.systemUTC());
    }

    private static DossierRequest request(DossierFixtures files) {
        return new DossierRequest("ACME-PAR", "fr", files.exhibits, null, "12".repeat(32), null);
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private static void awaitFile(Path file) throws IOException {
        try {
            for (int i = 0; i < 400 && !Files.exists(file); i++) {
                Thread.sleep(25);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }
}
