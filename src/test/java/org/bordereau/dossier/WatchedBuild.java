package org.bordereau.dossier;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordereau.cases.Case;
import org.bordereau.cases.DocumentKind;
import org.bordereau.testing.CaseFiles;

/**
 * One dossier build (FOP front matter; PDF, PNG, JPEG, e-mail, text and Word exhibits) in a JVM of its own,
 * for {@link BuildScratchFilesStayInTheWorkFolderTest}, whose folder is this JVM's {@code java.io.tmpdir}:
 * whatever appears there came from this process. The case and the exhibit files are made first; then,
 * while the build runs, it watches that folder and the build's work folder (registered from the first
 * progress call, before anything is converted). Prints one line per file created,
 * {@code system-temp NAME} or {@code work NAME}, then {@code built PAGES}.
 */
public final class WatchedBuild {
    private WatchedBuild() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        FrontMatterCases cases = new FrontMatterCases(dir);
        Case file = cases.moroccan(CaseFiles.moroccanDebtor());
        List<Exhibit> exhibits = new ArrayList<>(cases.exhibits("watched"));
        DossierFixtures more = new DossierFixtures(Files.createDirectories(dir.resolve("more")));
        more.add(DocumentKind.DELIVERY_PROOF, more.jpeg("bon-de-livraison.jpg", 800, 600, "BL 0042", 1), "image/jpeg");
        more.add(DocumentKind.CORRESPONDENCE, more.text("note.txt", "Appel du 20 mars : promesse de paiement."),
                "text/plain");
        more.add(DocumentKind.CONTRACT, more.docx("conditions.docx", "Conditions générales de vente"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        exhibits.addAll(more.exhibits);
        Path outputDir = dir.resolve("out-watched");
        try (WatchService systemTemp = FileSystems.getDefault().newWatchService();
             WatchService work = FileSystems.getDefault().newWatchService()) {
            Path.of(System.getProperty("java.io.tmpdir")).register(systemTemp, ENTRY_CREATE);
            DossierResult result = cases.build(file, "fr", DossierOptions.defaults(), "watched", exhibits,
                    (done, total) -> {
                        if (done == 0) {
                            watchWorkFolder(outputDir, work);
                        }
                    });
            print("system-temp", systemTemp);
            print("work", work);
            System.out.println("built " + result.plan().totalPages());
        }
    }

    /** The builder's private folder ({@code .work-*}) in the output folder, the only one there yet. */
    private static void watchWorkFolder(Path outputDir, WatchService watch) {
        try (Stream<Path> entries = Files.list(outputDir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(".work-")).toList()) {
                entry.register(watch, ENTRY_CREATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every creation reported, waiting a moment for the last ones (the watcher's thread reads them). */
    private static void print(String place, WatchService watch) throws InterruptedException {
        WatchKey key;
        while ((key = watch.poll(1, TimeUnit.SECONDS)) != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                System.out.println(place + " " + (event.kind() == OVERFLOW ? "(events lost)" : event.context()));
            }
            key.reset();
        }
    }
}
