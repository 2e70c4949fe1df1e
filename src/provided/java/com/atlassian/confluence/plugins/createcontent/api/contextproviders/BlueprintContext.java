package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF] {@code createcontent/api/contextproviders/BlueprintContext.java},
 * {@code @PublicApi}); real bodies over the create-content plugin's own context map, keys as in its
 * {@code BlueprintContextKeys}. Subset: the getters and setters for blueprint id and module key, template and
 * create-from-template labels, analytics key and create result are left out.
 */
public class BlueprintContext {
    private final Map<String, Object> map;

    BlueprintContext(Map<String, Object> context) {
        this.map = context;
    }

    public BlueprintContext() {
        this(new HashMap<>());
    }

    public Map<String, Object> getMap() {
        return map;
    }

    public String getSpaceKey() {
        return (String) get("spaceKey");
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    public void setTitle(String title) {
        put("ContentPageTitle", title);
    }

    public void setSpaceKey(String spaceKey) {
        put("spaceKey", spaceKey);
    }
}
