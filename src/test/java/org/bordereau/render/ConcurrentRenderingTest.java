package org.bordereau.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One renderer serves every request: letters and dossiers laid out at the same time must all come out.
 * FOP reads its configuration (a DOM, which is not safe to read from several threads) each time a
 * document starts; two builds of a dossier at once used to fail now and then on it.
 */
class ConcurrentRenderingTest {
    @Test
    void documentsLaidOutAtTheSameTimeAllComeOut() throws Exception {
        FoRenderer renderer = new FoRenderer(new Templates(null)); // fresh: its configuration never read yet
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> documents = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Language language = Language.values()[i % Language.values().length];
                documents.add(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    return renderer.render(null, language, "warmup", Map.of("language", language.code()), out);
                });
            }
            List<Integer> pages = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(documents)) {
                pages.add(done.get());
            }
            assertThat(pages).hasSize(40).containsOnly(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
