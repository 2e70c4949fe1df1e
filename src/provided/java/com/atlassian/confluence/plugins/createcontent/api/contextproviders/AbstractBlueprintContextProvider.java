package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;

/**
 * Stand-in (confluence-create-content-plugin 18.7.17 [DF]
 * {@code createcontent/api/contextproviders/AbstractBlueprintContextProvider.java}, {@code @PublicSpi}); real
 * bodies, since the dev host calls {@link #getContextMap}. Subset: the constructor taking a
 * {@code TemplateRendererHelper}, that field, its setter and the two protected macro-rendering helpers are left out.
 */
public abstract class AbstractBlueprintContextProvider implements ContextProvider {
    @Deprecated
    public AbstractBlueprintContextProvider() {
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        return updateBlueprintContext(new BlueprintContext(context)).getMap();
    }

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
