package org.samraad.devhost.services;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/** WRM's per-request assembler: what a macro requires ends up as script and link tags on that page only. */
public final class HostPageBuilderService implements PageBuilderService {
    @Override
    public WebResourceAssembler assembler() {
        return RequestContext.current().resources();
    }
}
