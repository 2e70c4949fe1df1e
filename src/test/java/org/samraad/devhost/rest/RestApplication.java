package org.samraad.devhost.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.glassfish.jersey.jackson.internal.jackson.jaxrs.json.JacksonJsonProvider;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application for one {@code <rest>} module. Resources and providers are the plugin's Spring beans
 * (constructor injection, as REST v2 does). JSON is read and written by a Jackson provider built around a plain,
 * unconfigured {@code new ObjectMapper()}: a provider with a mapper of its own never asks the plugin's
 * {@code ContextResolver<ObjectMapper>}, as Confluence's REST v2 need not (sources in
 * {@code src/provided/java/README.md}), so the plugin's JSON must not depend on any mapper configuration. No
 * Jackson exception mappers and auto-discovery off, so the plugin's JSON error mappers are the ones used.
 */
public final class RestApplication {
    private RestApplication() {}

    public static ResourceConfig create(List<Object> pluginComponents) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(new JacksonJsonProvider(new ObjectMapper()));
        config.register(new RestAccessFeature());
        config.register(new XsrfSuspectFilter());
        pluginComponents.forEach(config::register);
        return config;
    }
}
