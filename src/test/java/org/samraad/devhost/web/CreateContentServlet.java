package org.samraad.devhost.web;

import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.confluence.plugins.createcontent.impl.ContentBlueprint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samraad.devhost.blueprint.BlueprintCatalog.Offer;
import org.samraad.devhost.descriptor.PluginDescriptor.ContentTemplateModule;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.render.StorageFormatException;
import org.samraad.devhost.services.HostPage;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.RequestContext;

/**
 * The create-from-blueprint flow under {@code /plugins/createcontent/}: {@code init.action} lists what the
 * create dialog offers, {@code wizard.action} shows the blueprint's form (and, like Confluence, no title field
 * of its own), {@code create.action} fills the content template from the form (and context provider), saves the
 * page under the wizard's title, else the context provider's, else an empty one, and opens it (create-result
 * {@code view}) or its editor ({@code edit}, the default), and publishes {@code BlueprintPageCreateEvent} with the
 * template context (the form's values) to the plugin's listeners, in the creating user's thread.
 */
final class CreateContentServlet extends HostServlet {
    CreateContentServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = parameter(request, "spaceKey");
        Optional<HostSpace> space = web.visibleSpace(spaceKey);
        if (space.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (!web.canEdit(spaceKey)) {
            forbidden(request, response, "You may not add pages to this space.");
            return;
        }
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (action) {
            case "/init.action" -> list(request, response, space.get());
            case "/wizard.action" -> {
                Optional<Offer> offer = web.blueprints().offer(parameter(request, "itemKey"));
                if (offer.isEmpty()) {
                    notFound(request, response);
                } else {
                    wizard(request, response, 200, space.get(), offer.get(), null, "");
                }
            }
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tokenRejected(request, response)) {
            return;
        }
        String spaceKey = parameter(request, "spaceKey");
        Optional<HostSpace> space = web.visibleSpace(spaceKey);
        Optional<Offer> offer = web.blueprints().offer(parameter(request, "itemKey"));
        if (!"/create.action".equals(request.getPathInfo()) || space.isEmpty() || offer.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (!web.canEdit(spaceKey)) {
            forbidden(request, response, "You may not add pages to this space.");
            return;
        }
        Map<String, Object> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(HostSession.TOKEN_PARAMETER) && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        form.put("spaceKey", spaceKey);
        ContentTemplateModule template = web.blueprints().template(offer.get().blueprint());
        String body;
        Map<String, Object> context;
        try {
            context = web.blueprints().context(template, form);
            body = web.contentTemplates().render(template.templateLocation(), context);
        } catch (StorageFormatException | RuntimeException e) {
            wizard(request, response, 400, space.get(), offer.get(), "The template could not be filled: " + e.getMessage(),
                    parameter(request, "title"));
            return;
        }
        String wizardTitle = wizardTitle(form);
        String title = wizardTitle != null ? wizardTitle : contextTitle(context);
        if (web.store().page(spaceKey, title).isPresent()) {
            if (wizardTitle != null) {
                wizard(request, response, 400, space.get(), offer.get(), "A page with this title already exists in the space.", title);
            } else {
                // create-content does not check the context provider's title; saving a second page of a title fails
                html(response, 500, web.layout().page(request, "Not saved", List.of(), "<h1>Not saved</h1><p>" + Html.text("The page could not be saved: the blueprint's context provider titled it \""
                        + title + "\", and the space already has a page of that title.") + "</p>", null, List.of()));
            }
            return;
        }
        String userKey = RequestContext.current().user().map(u -> u.getKey().getStringValue()).orElse(null);
        PageRow page = web.store().createPage(spaceKey, title, body, userKey);
        // as the create-content plugin does once the page exists: the wizard's values go to listeners as context
        web.events().publish(new BlueprintPageCreateEvent(this, new HostPage(page, space.get()), new ContentBlueprint(),
                RequestContext.current().user().orElse(null), java.util.Collections.unmodifiableMap(new HashMap<>(context))));
        response.sendRedirect("view".equals(offer.get().blueprint().createResult())
                ? Html.viewPath(page.id())
                : "/pages/editpage.action?pageId=" + page.id());
    }

    /**
     * A title typed into the wizard (the form's, or the context's {@code title}), the only title the create-content
     * plugin checks for duplicates; null when there is none.
     */
    private static String wizardTitle(Map<String, Object> form) {
        Object title = form.get("title");
        return title == null || title.toString().isBlank() ? null : title.toString().strip();
    }

    /**
     * The context provider's title ({@code BlueprintContext.setTitle}), else an empty title, as create-content saves
     * it (create-content 18.7.17 [DF] {@code DefaultBlueprintContentGenerator.getContentPageTitle}).
     */
    private static String contextTitle(Map<String, Object> context) {
        Object title = context.get("ContentPageTitle");
        return title == null ? "" : title.toString().strip();
    }

    private void list(HttpServletRequest request, HttpServletResponse response, HostSpace space) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Create in ").append(Html.text(space.getName())).append("</h1><ul class=\"create-list\">");
        main.append("<li><a href=\"/pages/createpage.action?spaceKey=").append(Html.url(space.getKey()))
                .append("\">Blank page</a></li>");
        for (Offer offer : web.blueprints().offers()) {
            main.append("<li><a href=\"/plugins/createcontent/wizard.action?spaceKey=").append(Html.url(space.getKey()))
                    .append("&amp;itemKey=").append(Html.url(offer.item().key())).append("\">")
                    .append(Html.text(web.i18n().getText(offer.item().i18nNameKey()))).append("</a>");
            if (offer.item().descriptionKey() != null) {
                main.append("<p>").append(Html.text(web.i18n().getText(offer.item().descriptionKey()))).append("</p>");
            }
            main.append("</li>");
        }
        main.append("</ul>");
        html(response, 200, web.layout().page(request, "Create", crumbs(space, "Create"), main.toString(), null,
                List.of("atl.general", "create-content")));
    }

    private void wizard(HttpServletRequest request, HttpServletResponse response, int status, HostSpace space, Offer offer,
            String problem, String title) throws IOException {
        String name = web.i18n().getText(offer.blueprint().i18nNameKey());
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(name)).append("</h1>");
        if (problem != null) {
            main.append("<div class=\"error-summary\" role=\"alert\"><p>").append(Html.text(problem)).append("</p></div>");
        }
        main.append("<form class=\"blueprint-wizard\" method=\"post\" action=\"/plugins/createcontent/create.action\">")
                .append(PageLayout.hidden(HostSession.TOKEN_PARAMETER, HostSession.token(request)))
                .append(PageLayout.hidden("spaceKey", space.getKey()))
                .append(PageLayout.hidden("itemKey", offer.item().key()));
        Optional<String> wizardForm = web.blueprints().wizardForm(offer.blueprint(), web.i18n());
        if (wizardForm.isPresent()) {
            main.append(wizardForm.get());
        }
        main.append("<div class=\"buttons\"><button type=\"submit\">Create</button></div></form>");
        html(response, status, web.layout().page(request, name, crumbs(space, name), main.toString(), null,
                List.of("atl.general", "create-content")));
    }

    private static List<PageLayout.Crumb> crumbs(HostSpace space, String label) {
        return List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb(space.getName(), space.getUrlPath()),
                new PageLayout.Crumb(label, null));
    }
}
