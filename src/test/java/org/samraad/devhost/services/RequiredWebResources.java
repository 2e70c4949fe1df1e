package org.samraad.devhost.services;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/** The web resources and contexts required while rendering one request, in the order they were asked for. */
public final class RequiredWebResources implements WebResourceAssembler, RequiredResources {
    private final Set<String> webResources = new LinkedHashSet<>();
    private final Set<String> contexts = new LinkedHashSet<>();

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String moduleCompleteKey) {
        webResources.add(moduleCompleteKey);
        return this;
    }

    @Override
    public RequiredResources requireContext(String context) {
        contexts.add(context);
        return this;
    }

    public Set<String> webResources() {
        return new LinkedHashSet<>(webResources);
    }

    public Set<String> contexts() {
        return new LinkedHashSet<>(contexts);
    }
}
