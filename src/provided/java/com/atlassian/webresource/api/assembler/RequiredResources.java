package com.atlassian.webresource.api.assembler;

/** Stand-in (atlassian-plugins-webresource-api 6.1.1 [DF]); fluent, only the calls the plugin makes. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
