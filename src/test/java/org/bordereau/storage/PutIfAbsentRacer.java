package org.bordereau.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One contender of {@link CrossProcessRaceTest}, run in its own JVM: announces "ready", waits for
 * the go file, then tries to create the key with its own content and prints "won" or "lost".
 */
public final class PutIfAbsentRacer {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String key = args[1];
        int id = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        FileBlobStore store = new FileBlobStore(root);
        byte[] content = CrossProcessRaceTest.contentOf(id);
        System.out.println("ready");
        System.out.flush();
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        System.out.println(store.putIfAbsent(key, content, "application/octet-stream") ? "won" : "lost");
    }
}
