package com.atlassian.webresource.api.assembler;

/** Stand-in (atlassian-plugins-webresource-api 6.1.1 [DF]); only resources() is called. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
