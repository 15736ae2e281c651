package org.bordereau.render;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: resources bundled on the class path ({@code fonts/…}), nothing else. A
 * template (a tenant's override included) cannot make the renderer open a local file or fetch a URL:
 * {@code fo:external-graphic src="file:///etc/passwd"} fails the render instead.
 */
final class BundledResources implements ResourceResolver {
    /** Base of every relative URI in the FO and the font configuration. */
    static final URI BASE = URI.create("classpath:/");
    private static final String SCHEME = "classpath";

    private final ClassLoader loader = BundledResources.class.getClassLoader();

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (!SCHEME.equals(uri.getScheme()) || uri.getPath() == null || uri.getPath().contains("..")) {
            throw new IOException("documents may only use bundled resources, not " + uri);
        }
        InputStream in = loader.getResourceAsStream(uri.getPath().substring(1));
        if (in == null) {
            throw new FileNotFoundException("no bundled resource " + uri.getPath());
        }
        return new Resource(in);
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("the renderer writes no files: " + uri);
    }
}
