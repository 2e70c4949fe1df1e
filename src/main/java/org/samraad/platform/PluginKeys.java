package org.samraad.platform;

/** Module keys the Java code refers to; DescriptorTest checks they match atlassian-plugin.xml. */
public final class PluginKeys {
    public static final String PLUGIN_KEY = "org.samraad.samraad-confluence";
    public static final String WEB_RESOURCES = PLUGIN_KEY + ":samraad-resources";

    private PluginKeys() {}
}
