package org.samraad.devhost.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.IntrospectionCacheData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's template renderer (ATR): the one Velocity engine of the host, loading templates from the
 * classpath (the plugin jar), with Confluence's automatic HTML encoding and method allowlist. The plugin
 * never creates an engine of its own.
 */
public final class HostTemplateRenderer implements TemplateRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(HostTemplateRenderer.class);

    /**
     * The insertion handler's cartridges, one per switch, shared by every render: the handler keeps no state and
     * Velocity only reads a cartridge while it renders, so a render need not build one of its own.
     */
    private static final EventCartridge ENCODING = cartridge(true);
    private static final EventCartridge NOT_ENCODING = cartridge(false);

    private final VelocityEngine engine;
    private final Map<String, Boolean> escapingDisabled = new ConcurrentHashMap<>();
    /**
     * The method and property lookups of the templates' references, shared by all renders of the (cached, parsed
     * once) templates, where Velocity keeps them per context, that is per render: each lookup, with its allowlist
     * check, is made once per class and method instead of once per render. A refused method is never cached, so it
     * is refused, and logged, at every call. Fragments keep a context of their own: their nodes are parsed anew each
     * time and would only fill the cache.
     */
    private final Map<Object, IntrospectionCacheData> lookups = new ConcurrentHashMap<>();

    public HostTemplateRenderer(MethodAllowlist allowlist) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        settings.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("class.resource.loader.cache", "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, Slf4jLogChute.class.getName());
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        settings.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        settings.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST_ATTRIBUTE, allowlist);
        try {
            engine.init(settings);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity engine failed to start", e);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(context(new SharedLookupsContext(new HashMap<>(context), lookups),
                    !disablesEscaping(templateName)), writer);
        } catch (VelocityException e) {
            throw new RenderingException("Rendering " + templateName + " failed: " + e.getMessage(), e);
        } finally {
            LastInvocation.clear();
        }
    }

    /** Evaluates {@code fragment} as template source (SSTI if it ever holds user input, as in Confluence). */
    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(new VelocityContext(new HashMap<>(context)),
                    !fragment.contains(DisableHtmlEscapingDirective.MARKER)), out, "fragment", fragment);
        } catch (VelocityException e) {
            throw new RenderingException("Rendering a fragment failed: " + e.getMessage(), e);
        } finally {
            LastInvocation.clear();
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private static VelocityContext context(VelocityContext context, boolean encode) {
        (encode ? ENCODING : NOT_ENCODING).attachToContext(context);
        LastInvocation.clear();
        return context;
    }

    private static EventCartridge cartridge(boolean encode) {
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEncodingReferenceHandler(encode));
        return cartridge;
    }

    /** A render's context whose introspection cache is the renderer's ({@link #lookups}). */
    private static final class SharedLookupsContext extends VelocityContext {
        private final Map<Object, IntrospectionCacheData> lookups;

        SharedLookupsContext(Map<String, Object> values, Map<Object, IntrospectionCacheData> lookups) {
            super(values);
            this.lookups = lookups;
        }

        @Override
        public IntrospectionCacheData icacheGet(Object key) {
            return lookups.get(key);
        }

        @Override
        public void icachePut(Object key, IntrospectionCacheData data) {
            lookups.put(key, data);
        }
    }

    private boolean disablesEscaping(String templateName) {
        return escapingDisabled.computeIfAbsent(templateName, name -> {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                boolean disabled = in != null
                        && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(DisableHtmlEscapingDirective.MARKER);
                if (disabled) {
                    LOG.warn("Template {} disables HTML escaping with #disable_html_escaping()", name);
                }
                return disabled;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
