package org.samraad.devhost.render;

import com.atlassian.confluence.core.ContentEntityObject;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The rendering context a macro sees: the page's space, and the output type (display, preview, pdf, …). */
public final class HostConversionContext implements ConversionContext {
    public static final Set<String> OUTPUT_TYPES =
            Set.of("display", "preview", "pdf", "word", "email", "html_export", "feed", "diff");

    private final String spaceKey;
    private final Long pageId;
    private final String outputType;
    // like Confluence's DefaultConversionContext, one per render of a page, shared by all its macros
    private final Map<String, Object> properties = new HashMap<>();

    public HostConversionContext(String spaceKey, Long pageId, String outputType) {
        if (!OUTPUT_TYPES.contains(outputType)) {
            throw new IllegalArgumentException("Unknown output type " + outputType);
        }
        this.spaceKey = spaceKey;
        this.pageId = pageId;
        this.outputType = outputType;
    }

    public Long pageId() {
        return pageId;
    }

    /** Export forms (PDF, Word, e-mail, HTML export, feed) get no JavaScript and no host chrome. */
    public boolean isExport() {
        return !outputType.equals("display") && !outputType.equals("preview");
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    /** The rendered page as Confluence hands it to macros: only its id is needed by the plugin. */
    @Override
    public ContentEntityObject getEntity() {
        return pageId == null ? null : new RenderedPage(pageId);
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Object getProperty(String name, Object defaultValue) {
        return properties.getOrDefault(name, defaultValue);
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    @Override
    public boolean isDiffOrEmail() {
        return outputType.equals("diff") || outputType.equals("email");
    }
}
