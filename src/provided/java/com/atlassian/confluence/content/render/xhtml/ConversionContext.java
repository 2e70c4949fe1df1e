package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stand-in (confluence 8.7.2 [DF]). Only the methods the plugin calls are declared; the real interface has
 * more (getPageContext, getContentTree, timeouts…), which the host implements.
 */
public interface ConversionContext {
    String getSpaceKey();

    /** The page or blog post being rendered; null when rendering outside content (e.g. a preview of a draft). */
    ContentEntityObject getEntity();

    /** Lower-case output type: "display", "preview", "pdf", "word", "html_export", "email", "feed", "diff". */
    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    boolean hasProperty(String name);

    /** A value for the rest of this render (the macros of one page share the context). */
    void setProperty(String name, Object value);

    boolean isDiffOrEmail();
}
