package org.bordereau.dossier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Pictures decoded within a pixel budget. A picture's header says how large it is, and a PNG of a few
 * kilobytes may say 16 000 × 16 000: decoded and flattened to RGB that is a gigabyte of heap. Above
 * {@link #MAX} pixels a picture is decoded one pixel in n each way (A4 at 600 dpi is 35 million pixels:
 * a page shows nothing more; the original is attached whole); above {@link #REFUSED} it is not decoded
 * at all and the exhibit is filed as a placeholder.
 */
final class Pixels {
    static final long MAX = 40_000_000L;
    static final long REFUSED = 10 * MAX;

    private Pixels() {}

    /** Picture {@code index} of the reader's input, at most {@link #MAX} pixels. */
    static BufferedImage read(ImageReader reader, int index) throws IOException {
        long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
        if (pixels > REFUSED) {
            throw new IOException("the picture declares " + reader.getWidth(index) + " × " + reader.getHeight(index)
                    + " pixels, more than " + REFUSED + " (decompression bomb?)");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = step(pixels);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(index, param);
    }

    /** One pixel in {@code step} each way keeps a picture of {@code pixels} within {@link #MAX}. */
    static int step(long pixels) {
        return pixels <= MAX ? 1 : (int) Math.ceil(Math.sqrt((double) pixels / MAX));
    }

    /** The first picture of a file, as {@link #read(ImageReader, int)}. */
    static BufferedImage readFirst(Path file) throws IOException {
        return withReader(file, true, reader -> read(reader, 0));
    }

    /** Work on a picture file's reader, which decodes nothing until asked. */
    @FunctionalInterface
    interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    /**
     * Runs {@code work} on a reader of {@code file}, disposed of afterwards; {@code forwardOnly} when only
     * the first picture is read (a multi-page TIFF's later pages need to seek back).
     */
    static <T> T withReader(Path file, boolean forwardOnly, ReaderWork<T> work) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no image reader for this file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, forwardOnly, true);
                return work.apply(reader);
            } finally {
                reader.dispose();
            }
        }
    }
}
