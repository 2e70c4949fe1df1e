package com.atlassian.confluence.content.render.xhtml;

/**
 * Stand-in (confluence 8.7.2 [DF]). Only the methods the plugin calls are declared; the real interface has
 * more (getEntity, getPageContext, timeouts…), which the host implements.
 */
public interface ConversionContext {
    String getSpaceKey();

    /** Lower-case output type: "display", "preview", "pdf", "word", "html_export", "email", "feed", "diff". */
    String getOutputType();

    String getOutputDeviceType();

    Object getProperty(String name);

    Object getProperty(String name, Object defaultValue);

    boolean hasProperty(String name);

    boolean isDiffOrEmail();
}
