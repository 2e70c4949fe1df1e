package com.atlassian.sal.api.pluginsettings;

/** Stand-in (sal-api 5.1.4 [DF]). Values are String, List&lt;String&gt;, Map&lt;String,String&gt; or Properties. */
public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
