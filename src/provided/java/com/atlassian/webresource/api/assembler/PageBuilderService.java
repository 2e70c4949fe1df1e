package com.atlassian.webresource.api.assembler;

/** Stand-in (atlassian-plugins-webresource-api 6.1.1 [DF]); only assembler() is called. */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
