package org.bordereau.render;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: resources bundled on the class path ({@code fonts/…}), nothing else. A
 * template (a tenant's override included) cannot make the renderer open a local file or fetch a URL:
 * {@code fo:external-graphic src="file:///etc/passwd"} fails the render instead.
 *
 * <p>FOP parses the fonts it uses afresh for every document (a loaded font records the glyphs
 * of its subset, so it cannot be shared); the bytes at least are read from the jar once and kept,
 * about 4 MB for all the bundled fonts.
 */
final class BundledResources implements ResourceResolver {
    /**
     * Base of every relative URI in the FO and the font configuration. Not a file: the path is looked
     * up on the class path. It has the {@code file} scheme only because FOP turns the base into a
     * {@code java.net.URL} for every resource it resolves; with a scheme the JDK has no handler for
     * (such as {@code classpath:}) each resolution scanned every jar for a URL handler and threw.
     */
    static final URI BASE = URI.create("file:/bundled/");
    private static final String SCHEME = "file";
    private static final String ROOT = BASE.getPath();

    private final ClassLoader loader = BundledResources.class.getClassLoader();
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (!SCHEME.equals(uri.getScheme()) || uri.getAuthority() != null || uri.getPath() == null
                || !uri.getPath().startsWith(ROOT) || uri.getPath().contains("..")) {
            throw new IOException("documents may only use bundled resources, not " + uri);
        }
        String path = uri.getPath().substring(ROOT.length());
        byte[] content = bytes.get(path);
        if (content == null) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new FileNotFoundException("no bundled resource " + path);
                }
                content = in.readAllBytes();
            }
            bytes.putIfAbsent(path, content);
        }
        return new Resource(new ByteArrayInputStream(content));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("the renderer writes no files: " + uri);
    }
}
