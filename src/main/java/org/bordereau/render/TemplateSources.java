package org.bordereau.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds templates for FreeMarker. Names are {@code {tenant}/{folder}/{file}.ftl} ({@code _} for no
 * tenant; folder {@code fr}, {@code ar}, {@code en} or {@code common}): the tenant's override
 * {@code {overrides}/{tenant}/{folder}/{file}.ftl} when it exists, else the bundled
 * {@code templates/{folder}/{file}.ftl}. Because an include is resolved relative to the including
 * template ({@code <#import "lib.ftl">}, {@code "../common/layout.ftl"}), a tenant's override of
 * a library applies to every template of that tenant, and to no other tenant.
 */
final class TemplateSources implements TemplateLoader {
    static final String NO_TENANT = "_";
    /** Anything else is not a template name, so no input can reach a path outside the folders. */
    private static final Pattern NAME =
            Pattern.compile("(_|[a-z0-9][a-z0-9-]{0,62})/([a-z]{2}|common)/([a-z0-9][a-z0-9_-]{0,80}\\.ftl)");

    private final Path overrides;
    private final ClassLoader loader = TemplateSources.class.getClassLoader();

    /** @param overrides the tenants' override folder, or null when there is none */
    TemplateSources(Path overrides) {
        this.overrides = overrides;
    }

    private record Source(Path file, URL bundled) {}

    @Override
    public Object findTemplateSource(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String tenant = m.group(1);
        if (overrides != null && !NO_TENANT.equals(tenant)) {
            Path file = overrides.resolve(tenant).resolve(m.group(2)).resolve(m.group(3));
            if (Files.isRegularFile(file)) {
                return new Source(file, null);
            }
        }
        URL bundled = loader.getResource("templates/" + m.group(2) + "/" + m.group(3));
        return bundled == null ? null : new Source(null, bundled);
    }

    @Override
    public long getLastModified(Object source) {
        Path file = ((Source) source).file;
        try {
            return file == null ? -1 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Source s = (Source) source;
        return new InputStreamReader(s.file != null ? Files.newInputStream(s.file) : s.bundled.openStream(),
                StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // readers are closed by FreeMarker; nothing else is held open
    }
}
