package org.samraad.devhost.web;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samraad.devhost.blueprint.BlueprintCatalog.SpaceOffer;
import org.samraad.devhost.descriptor.PluginDescriptor.ContentTemplateModule;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.render.StorageFormatException;
import org.samraad.devhost.services.HostPermissionManager.Grant;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostUser;
import org.samraad.devhost.services.RequestContext;

/**
 * Creating a space from a space blueprint, under Confluence's {@code /spaces/} URLs: {@code createspace-start.action}
 * lists the space blueprints of the create-space dialog ({@code system.create.space.dialog/content}) and, with
 * {@code itemKey}, shows one's wizard; {@code createspace.action} (POST) checks the space name and key, creates the
 * space, gives the creator ADMINISTER, EDIT and VIEW (anonymous VIEW too if "public" is ticked), fills the home
 * page from the blueprint's first content template, then publishes {@code SpaceBlueprintCreateEvent} with the
 * form's values as context to the plugin's listeners, in the creating user's thread, and opens the space.
 * Only users with the global "create space" permission get here (the administrator and the secretary).
 */
final class CreateSpaceServlet extends HostServlet {
    static final int NAME_MAX = 255;
    private static final Pattern SPACE_KEY = Pattern.compile("[A-Z0-9]+");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern INPUT_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

    CreateSpaceServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/createspace-start.action".equals(request.getPathInfo())) {
            notFound(request, response);
            return;
        }
        if (!web.canCreateSpaces()) {
            forbidden(request, response, "You may not create spaces.");
            return;
        }
        String itemKey = parameter(request, "itemKey");
        if (itemKey.isEmpty()) {
            list(request, response);
            return;
        }
        Optional<SpaceOffer> offer = web.blueprints().spaceOffer(itemKey);
        if (offer.isEmpty()) {
            notFound(request, response);
        } else {
            wizard(request, response, 200, offer.get(), List.of(), Map.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (tokenRejected(request, response)) {
            return;
        }
        Optional<SpaceOffer> offer = web.blueprints().spaceOffer(parameter(request, "itemKey"));
        if (!"/createspace.action".equals(request.getPathInfo()) || offer.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (!web.canCreateSpaces()) {
            forbidden(request, response, "You may not create spaces.");
            return;
        }
        Map<String, Object> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(HostSession.TOKEN_PARAMETER) && !name.equals("itemKey") && values.length > 0) {
                form.put(name, values[0]);
            }
        });
        String name = parameter(request, "name").strip();
        String key = parameter(request, "spaceKey").strip();
        form.put("name", name);
        form.put("spaceKey", key);
        List<String> problems = problems(name, key);
        if (!problems.isEmpty()) {
            wizard(request, response, 400, offer.get(), problems, form);
            return;
        }
        ContentTemplateModule template = web.blueprints().homePageTemplate(offer.get().blueprint());
        Map<String, Object> context;
        String body;
        try {
            context = web.blueprints().context(template, form);
            body = web.contentTemplates().render(template.templateLocation(), context);
        } catch (StorageFormatException | RuntimeException e) {
            wizard(request, response, 400, offer.get(), List.of("The home page template could not be filled: " + e.getMessage()), form);
            return;
        }
        HostUser creator = RequestContext.current().user().orElseThrow();
        String creatorKey = creator.getKey().getStringValue();
        web.store().createSpace(key, name);
        for (Grant grant : Grant.values()) {
            web.store().grant(key, creatorKey, grant.name());
        }
        if ("true".equals(parameter(request, "public"))) {
            web.store().grant(key, null, Grant.VIEW.name());
        }
        PageRow home = web.store().createPage(key, name, body, creatorKey);
        web.store().setHomePage(key, home.id());
        HostSpace space = web.spaces().space(key);
        web.events().publish(new SpaceBlueprintCreateEvent(this, space, null, creator,
                Collections.unmodifiableMap(new HashMap<>(context))));
        response.sendRedirect(space.getUrlPath());
    }

    /** Confluence's rules for a new space: a name, and a unique key of capital letters and digits. */
    private List<String> problems(String name, String key) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("Enter a space name.");
        } else if (name.length() > NAME_MAX) {
            problems.add("The space name can have at most " + NAME_MAX + " characters.");
        }
        if (key.isEmpty()) {
            problems.add("Enter a space key.");
        } else if (!SPACE_KEY.matcher(key).matches() || key.length() > NAME_MAX) {
            problems.add("The space key can only contain capital letters (A-Z) and digits (0-9).");
        } else if (web.store().space(key).isPresent()) {
            problems.add("A space with the key " + key + " already exists.");
        }
        return problems;
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Create a space</h1><ul class=\"create-list\">");
        for (SpaceOffer offer : web.blueprints().spaceOffers()) {
            main.append("<li><a href=\"/spaces/createspace-start.action?itemKey=").append(Html.url(offer.item().key()))
                    .append("\">").append(Html.text(web.i18n().getText(offer.item().i18nNameKey()))).append("</a>");
            if (offer.item().descriptionKey() != null) {
                main.append("<p>").append(Html.text(web.i18n().getText(offer.item().descriptionKey()))).append("</p>");
            }
            main.append("</li>");
        }
        main.append("</ul>");
        html(response, 200, web.layout().page(request, "Create a space", crumbs("Create a space"), main.toString(), null,
                List.of("atl.general", "create-content")));
    }

    private void wizard(HttpServletRequest request, HttpServletResponse response, int status, SpaceOffer offer,
            List<String> problems, Map<String, Object> values) throws IOException {
        String title = web.i18n().getText(offer.blueprint().i18nNameKey());
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(title)).append("</h1>");
        if (!problems.isEmpty()) {
            main.append("<div class=\"error-summary\" role=\"alert\"><ul>");
            problems.forEach(p -> main.append("<li>").append(Html.text(p)).append("</li>"));
            main.append("</ul></div>");
        }
        main.append("<form class=\"blueprint-wizard space-wizard\" method=\"post\" action=\"/spaces/createspace.action\">")
                .append(PageLayout.hidden(HostSession.TOKEN_PARAMETER, HostSession.token(request)))
                .append(PageLayout.hidden("itemKey", offer.item().key()));
        String form = web.blueprints().wizardForm(offer.blueprint(), web.i18n()).orElse("");
        main.append(refill(form, values));
        if (!form.contains("name=\"name\"")) {
            main.append(field("space-name", "name", "Space name", values));
        }
        if (!form.contains("name=\"spaceKey\"")) {
            main.append(field("space-key", "spaceKey", "Space key", values));
        }
        boolean isPublic = "true".equals(values.get("public"));
        main.append("<div class=\"field checkbox\"><input id=\"space-public\" name=\"public\" type=\"checkbox\" value=\"true\"")
                .append(isPublic ? " checked" : "")
                .append("> <label for=\"space-public\">Public: anyone, also visitors who are not logged in, may view the space</label></div>")
                .append("<div class=\"buttons\"><button type=\"submit\">Create space</button></div></form>");
        html(response, status, web.layout().page(request, title, crumbs(title), main.toString(), null,
                List.of("atl.general", "create-content")));
    }

    private static String field(String id, String name, String label, Map<String, Object> values) {
        Object value = values.get(name);
        return "<div class=\"field\"><label for=\"" + id + "\">" + label + "</label><input id=\"" + id + "\" name=\"" + name
                + "\" type=\"text\" value=\"" + Html.text(value == null ? "" : value.toString()) + "\"></div>";
    }

    /** Puts submitted values back into the wizard's text inputs that have none, so a refused form keeps its input. */
    private static String refill(String form, Map<String, Object> values) {
        Matcher input = INPUT.matcher(form);
        StringBuilder out = new StringBuilder();
        while (input.find()) {
            String tag = input.group();
            Matcher name = INPUT_NAME.matcher(tag);
            Object value = name.find() ? values.get(name.group(1)) : null;
            if (value != null && !tag.contains(" value=") && !tag.contains("type=\"checkbox\"")) {
                tag = tag.substring(0, tag.length() - 1) + " value=\"" + Html.text(value.toString()) + "\">";
            }
            input.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        input.appendTail(out);
        return out.toString();
    }

    private static List<PageLayout.Crumb> crumbs(String label) {
        return List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb(label, null));
    }
}
