package org.samraad.devhost.services;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.samraad.devhost.persistence.HostStore;

/**
 * SAL plugin settings, persisted in the host store. Like SAL it accepts only String, List&lt;String&gt;,
 * Map&lt;String,String&gt; and Properties, and returns copies, so a plugin that stores anything else fails here.
 */
public final class HostPluginSettingsFactory implements PluginSettingsFactory {
    private static final String GLOBAL = "";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HostStore store;

    public HostPluginSettingsFactory(HostStore store) {
        this.store = store;
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return new Settings(key == null ? GLOBAL : key);
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return new Settings(GLOBAL);
    }

    private final class Settings implements PluginSettings {
        private final String namespace;

        Settings(String namespace) {
            this.namespace = namespace;
        }

        @Override
        public Object get(String key) {
            return store.setting(namespace, key).map(Settings::decode).orElse(null);
        }

        @Override
        public Object put(String key, Object value) {
            if (value == null) {
                return remove(key);
            }
            Object previous = get(key);
            store.putSetting(namespace, key, encode(value));
            return previous;
        }

        @Override
        public Object remove(String key) {
            Object previous = get(key);
            store.removeSetting(namespace, key);
            return previous;
        }

        private static String encode(Object value) {
            Map<String, Object> typed = new LinkedHashMap<>();
            if (value instanceof String) {
                typed.put("string", value);
            } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                typed.put("list", list);
            } else if (value instanceof Properties properties) {
                typed.put("properties", new LinkedHashMap<>(properties));
            } else if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)
                    && map.values().stream().allMatch(String.class::isInstance)) {
                typed.put("map", map);
            } else {
                throw new IllegalArgumentException("PluginSettings accept String, List<String>, Map<String,String> or "
                        + "Properties, not " + value.getClass().getName());
            }
            try {
                return JSON.writeValueAsString(typed);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object decode(String stored) {
            try {
                Map<String, Object> typed = JSON.readValue(stored, new TypeReference<>() {});
                Map.Entry<String, Object> entry = typed.entrySet().iterator().next();
                return switch (entry.getKey()) {
                    case "list" -> new java.util.ArrayList<>((List<?>) entry.getValue());
                    case "map" -> new LinkedHashMap<>((Map<?, ?>) entry.getValue());
                    case "properties" -> {
                        Properties properties = new Properties();
                        properties.putAll((Map<?, ?>) entry.getValue());
                        yield properties;
                    }
                    default -> entry.getValue();
                };
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable plugin setting", e);
            }
        }
    }
}
