package org.bordereau.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier build writes its scratch files (PDFBox's stream caches, the front matter) in its own work
 * folder, deleted at the end of the build and swept from {@code BORDEREAU_TMP} after a crash, and
 * nothing in the JVM's temporary folder, where a crash would leave copies of the debtor's evidence that
 * nothing removes.
 *
 * <p>The build runs in a JVM of its own ({@link WatchedBuild}) whose {@code java.io.tmpdir}, and
 * {@code TMPDIR} of the converter programs it starts, is an empty folder of this test: the JVM reads
 * that property once, at start, and the machine's shared temporary folder receives other programs'
 * files (other builds, other tests), so only a folder no other process uses tells what this build put
 * there. When PDFBox, the front matter, ImageIO and LibreOffice used the system's temporary folder, it
 * received {@code PDFBox*.tmp}, {@code bordereau-front-*.pdf}, {@code imageio*.tmp} and {@code lu*.tmp}.
 */
class BuildScratchFilesStayInTheWorkFolderTest {
    @TempDir
    Path dir;

    @Test
    void aBuildCreatesItsScratchFilesInItsWorkFolderAndNoneInTheSystemTemporaryFolder() throws Exception {
        Path systemTemp = Files.createDirectories(dir.resolve("java-io-tmpdir"));
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + systemTemp, "-cp", System.getProperty("java.class.path"),
                WatchedBuild.class.getName(), Files.createDirectories(dir.resolve("case")).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile());
        // the converter programs (LibreOffice, tesseract) inherit it: their temporary folder is the same one
        command.environment().put("TMPDIR", systemTemp.toString());
        Process build = command.start();
        boolean finished;
        try {
            finished = build.waitFor(5, TimeUnit.MINUTES);
        } finally {
            build.destroyForcibly();
        }
        List<String> output = new String(Files.readAllBytes(dir.resolve("build.log")), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(finished).as("the build ended within 5 minutes").isTrue();
        assertThat(output).as(String.join("\n", output)).anyMatch(line -> line.startsWith("built "));

        assertThat(created(output, "system-temp")).as("files created in java.io.tmpdir during the build").isEmpty();
        // the caches are still files (temporary-file-only: the dossier is never whole in heap), in the work folder
        assertThat(created(output, "work")).anyMatch(name -> name.matches("PDFBox.*\\.tmp"))
                .anyMatch(name -> name.matches("front-.*\\.pdf"));
    }

    private static List<String> created(List<String> output, String place) {
        return output.stream().filter(line -> line.startsWith(place + " "))
                .map(line -> line.substring(place.length() + 1)).toList();
    }
}
