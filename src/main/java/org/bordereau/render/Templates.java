package org.bordereau.render;

import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * FreeMarker, set up to write XSL-FO safely: every {@code ${…}} is XML-escaped (a debtor named
 * {@code <fo:block>} prints literally), data is never evaluated as a template ({@code ${x}} in a name
 * stays text), a missing value fails the render instead of printing nothing, and templates cannot
 * instantiate Java classes. One instance per process; thread-safe.
 */
public final class Templates {
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,80}");
    /** How long a found (or missing) override is trusted before the folder is looked at again. */
    private static final long OVERRIDE_CHECK_MILLIS = 60_000;

    private final Configuration config;

    /** @param overrides the folder of tenants' overrides ({@code {dir}/{tenant}/{lang}/{name}.ftl}), or null */
    public Templates(Path overrides) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new TemplateSources(overrides));
        c.setDefaultEncoding("UTF-8");
        c.setLocalizedLookup(false);
        c.setOutputFormat(XMLOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setRecognizeStandardFileExtensions(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        c.setTemplateUpdateDelayMilliseconds(OVERRIDE_CHECK_MILLIS);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.config = c;
    }

    /**
     * Writes template {@code name} ({@code templates/{lang}/{name}.ftl}, or the tenant's override) with
     * {@code model} as its data: the XSL-FO text of the document.
     *
     * @param tenant the tenant whose overrides apply, or null for the bundled templates only
     * @throws RenderException when the template is missing or fails
     */
    public String write(String tenant, Language language, String name, Object model) {
        if (!TEMPLATE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        String path = (tenant == null ? TemplateSources.NO_TENANT : tenant) + "/" + language.code() + "/" + name + ".ftl";
        try {
            Template template = config.getTemplate(path, Locale.ROOT);
            StringWriter out = new StringWriter(32 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException("no template " + language.code() + "/" + name + ".ftl", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new RenderException("template " + language.code() + "/" + name + ".ftl failed: " + e.getMessage(), e);
        }
    }
}
