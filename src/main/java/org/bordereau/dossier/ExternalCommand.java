package org.bordereau.dossier;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a converter program (LibreOffice, tesseract) as a separate process, so that a crash or a runaway
 * file never takes the service with it, and kills it with its children at the time limit. Its
 * temporary files go to {@code workDir} ({@code TMPDIR}): LibreOffice keeps copies of the document it
 * converts in its {@code lu*.tmp} folders, which a kill at the time limit leaves behind.
 */
final class ExternalCommand {
    /** How a run ended: {@code exitCode} -1 means killed at the time limit. */
    record Outcome(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private ExternalCommand() {}

    static Outcome run(List<String> command, Path workDir, Duration timeLimit) throws IOException {
        Path log = Files.createTempFile(workDir, "command-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("TMPDIR", workDir.toString());
            // Conversions run side by side, one core each: tesseract's OpenMP threads would only compete.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            try {
                if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill(process);
                    return new Outcome(-1, "");
                }
            } catch (InterruptedException e) {
                // the build was cancelled (another exhibit failed it): the program must not outlive it
                kill(process);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while running " + command.get(0));
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The program and its children (LibreOffice forks), waited for briefly so that their files can be deleted. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the program starts at all here (it is on PATH and answers {@code --version}). */
    static boolean available(String program, Path workDir) {
        try {
            return run(List.of(program, "--version"), workDir, Duration.ofSeconds(30)).ok();
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
