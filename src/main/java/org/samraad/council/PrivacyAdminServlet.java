package org.samraad.council;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.samraad.platform.CurrentUser;
import org.samraad.platform.ForbiddenException;
import org.samraad.platform.I18n;
import org.samraad.platform.PluginKeys;
import org.samraad.platform.Templates;

/**
 * {@code /plugins/servlet/samraad/privacy}: the anonymisation period on a page of Confluence administration (linked
 * from the {@code system.admin/configuration} section), for Confluence administrators, so nobody needs the REST
 * API for it. The page reads the setting through {@link PersonErasureService#settings()}, the same check as {@code
 * GET /privacy/settings}: anyone else gets 403 and a sentence saying who may change it, never the form. Its form
 * saves through {@code PUT /privacy/settings}; the page is decorated as an admin page ({@code atl.admin}).
 */
public class PrivacyAdminServlet extends HttpServlet {
    static final String TEMPLATE = "templates/council/privacy-admin.vm";
    static final String WEB_RESOURCES = PluginKeys.PLUGIN_KEY + ":samraad-admin-resources";

    private final PersonErasureService privacy;
    private final CurrentUser currentUser;
    private final Templates templates;
    private final I18n i18n;
    private final PageBuilderService pageBuilder;

    public PrivacyAdminServlet(PersonErasureService privacy, CurrentUser currentUser, Templates templates, I18n i18n,
            @ComponentImport PageBuilderService pageBuilder) {
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.templates = templates;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("t", i18n.templateTexts("samraad."));
        model.put("minDays", PrivacySettings.MIN_DAYS);
        model.put("maxDays", PrivacySettings.MAX_DAYS);
        int status = HttpServletResponse.SC_OK;
        try {
            model.put("days", privacy.settings().anonymiseAfterDays());
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCES);
        } catch (ForbiddenException e) {
            status = currentUser.isAnonymous() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}
