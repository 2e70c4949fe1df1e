package org.samraad.devhost.rest;

import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application for one {@code <rest>} module. Resources and providers are the plugin's Spring beans
 * (constructor injection, as REST v2 does). Jackson comes without its own exception mappers and with
 * auto-discovery off, so the plugin's JSON error mappers and its ObjectMapper resolver are the ones used.
 */
public final class RestApplication {
    private RestApplication() {}

    public static ResourceConfig create(List<Object> pluginComponents) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new RestAccessFeature());
        config.register(new XsrfSuspectFilter());
        pluginComponents.forEach(config::register);
        return config;
    }
}
