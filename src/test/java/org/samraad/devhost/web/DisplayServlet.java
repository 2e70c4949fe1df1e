package org.samraad.devhost.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.persistence.HostStore.PageRow;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.HostSpace;
import org.samraad.devhost.services.HostUser;

/** {@code /display/KEY} (space home), {@code /display/KEY/Page+Title}, {@code /display/~username} (profile). */
final class DisplayServlet extends HostServlet {
    DisplayServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring("/display/".length());
        String[] parts = path.split("/", 2);
        String spaceKey = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (spaceKey.startsWith("~")) {
            profile(request, response, spaceKey.substring(1));
            return;
        }
        Optional<HostSpace> space = web.visibleSpace(spaceKey);
        if (space.isEmpty()) {
            notFound(request, response);
            return;
        }
        Optional<PageRow> page;
        if (parts.length > 1 && !parts[1].isEmpty()) {
            page = web.store().page(spaceKey, URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        } else if (space.get().homePageId() != null) {
            page = web.store().page(space.get().homePageId());
        } else {
            PageView.spaceOverview(web, request, response, space.get());
            return;
        }
        if (page.isEmpty()) {
            notFound(request, response);
            return;
        }
        PageView.show(web, request, response, page.get());
    }

    private void profile(HttpServletRequest request, HttpServletResponse response, String username) throws IOException {
        Optional<HostUser> user = DemoUsers.byUsername(username);
        if (user.isEmpty()) {
            notFound(request, response);
            return;
        }
        String main = "<h1>" + Html.text(user.get().getFullName()) + "</h1><dl class=\"profile\"><dt>Username</dt><dd>"
                + Html.text(username) + "</dd><dt>User key</dt><dd><code>" + Html.text(user.get().getKey().getStringValue())
                + "</code></dd></dl>";
        html(response, 200, web.layout().page(request, user.get().getFullName(),
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb(user.get().getFullName(), null)),
                main, null, List.of("atl.general")));
    }
}
