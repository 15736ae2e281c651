package org.bordereau.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several service instances on one data directory: link(2) must give exactly one of them the key. */
class CrossProcessRaceTest {
    private static final int PROCESSES = 4;

    @TempDir
    Path dir;

    static byte[] contentOf(int id) {
        byte[] content = new byte[4 * 1024 * 1024];
        Arrays.fill(content, (byte) ('A' + id));
        return content;
    }

    @Test
    void processesRacingOnOneKeyHaveExactlyOneWinner() throws Exception {
        Path root = Files.createDirectories(dir.resolve("data"));
        Path go = dir.resolve("go");
        List<Process> racers = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int id = 0; id < PROCESSES; id++) {
                Process racer = new ProcessBuilder(javaBinary(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                        PutIfAbsentRacer.class.getName(), root.toString(), "t/acme/cases/c1/events/0000000001.json",
                        String.valueOf(id), go.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                racers.add(racer);
                outputs.add(new BufferedReader(new InputStreamReader(racer.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader output : outputs) {
                assertThat(output.readLine()).isEqualTo("ready");
            }
            Files.createFile(go);
            List<String> results = new ArrayList<>();
            for (int id = 0; id < PROCESSES; id++) {
                results.add(outputs.get(id).readLine());
                assertThat(racers.get(id).waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(results).containsOnlyOnce("won").containsOnly("won", "lost");
            byte[] stored = new FileBlobStore(root).getBytes("t/acme/cases/c1/events/0000000001.json");
            assertThat(stored).isEqualTo(contentOf(results.indexOf("won")));
        } finally {
            racers.forEach(Process::destroyForcibly);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
