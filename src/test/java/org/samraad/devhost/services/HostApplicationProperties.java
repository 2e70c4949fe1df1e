package org.samraad.devhost.services;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** SAL's application properties: the base URL, known once the web server has its port. */
public final class HostApplicationProperties implements ApplicationProperties {
    private volatile String baseUrl = "http://localhost";

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL ? "" : baseUrl;
    }
}
