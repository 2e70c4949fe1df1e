package com.atlassian.sal.api.pluginsettings;

/** Stand-in (sal-api 5.1.4 [DF]). */
public interface PluginSettingsFactory {
    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
