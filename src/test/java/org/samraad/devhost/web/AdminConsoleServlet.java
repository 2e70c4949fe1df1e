package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.samraad.devhost.descriptor.PluginDescriptor.WebItemModule;
import org.samraad.devhost.services.RequestContext;

/**
 * {@code /admin/console.action}: Confluence administration as far as the plugin adds to it, the links of its
 * {@code web-item}s in the section {@value #SECTION}, labelled in the reader's language. Confluence administrators
 * only; anyone else is refused as Confluence refuses its admin console (the host has no login page to send an
 * anonymous visitor to, so it says to log in).
 */
final class AdminConsoleServlet extends HostServlet {
    static final String PATH = "/admin/console.action";
    static final String SECTION = "system.admin/configuration";

    AdminConsoleServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            forbidden(request, response, RequestContext.current().isAnonymous()
                    ? "Only Confluence administrators may open the administration. Choose an administrator in the header to log in."
                    : "Only Confluence administrators may open the administration.");
            return;
        }
        StringBuilder main = new StringBuilder("<h1>Administration</h1>\n<section aria-labelledby=\"configuration-heading\">"
                + "<h2 id=\"configuration-heading\">Configuration</h2>\n<ul class=\"admin-items\">");
        for (WebItemModule item : web.descriptor().webItems()) {
            if (SECTION.equals(item.section()) && item.link() != null) {
                main.append("<li><a id=\"").append(Html.text(item.key())).append("\" href=\"")
                        .append(Html.text(item.link())).append("\">")
                        .append(Html.text(web.i18n().getText(item.i18nNameKey()))).append("</a></li>");
            }
        }
        main.append("</ul></section>");
        html(response, 200, web.layout().page(request, "Administration",
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb("Administration", null)),
                main.toString(), null, List.of()));
    }
}
