package org.samraad.testing;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session against the shared dev host (cookies, form token, no redirects followed) authenticated with
 * HTTP Basic as a demo user, for the host's HTML forms such as the blueprint wizards.
 */
public final class FormSession {
    /** The space blueprint's item in the create-space dialog. */
    public static final String COUNCIL_SPACE_ITEM = "council-space-create-item";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String authorization;

    public FormSession(String user) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Opens a page blueprint's wizard in the space and submits it with the fields: the answer is the create flow's
     * redirect to the new page (302 with a Location), or the wizard again with errors.
     */
    public HttpResponse<String> createFromBlueprint(String spaceKey, String itemKey, Map<String, String> fields) {
        String wizard = get("/plugins/createcontent/wizard.action?spaceKey=" + spaceKey + "&itemKey=" + itemKey).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token(wizard));
        form.put("spaceKey", spaceKey);
        form.put("itemKey", itemKey);
        form.putAll(fields);
        return post("/plugins/createcontent/create.action", form);
    }

    /**
     * The council space wizard filled in and submitted as the create-space dialog does: the answer is a 302 once the
     * space and its council are made, or the wizard again with errors.
     */
    public HttpResponse<String> createCouncilSpace(String spaceKey, String spaceName, String councilName, String kind,
            boolean isPublic) {
        String wizard = get("/spaces/createspace-start.action?itemKey=" + COUNCIL_SPACE_ITEM).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token(wizard));
        form.put("itemKey", COUNCIL_SPACE_ITEM);
        form.put("samraadBlueprint", "council-space");
        form.put("name", spaceName);
        form.put("spaceKey", spaceKey);
        form.put("councilName", councilName);
        form.put("councilKind", kind);
        if (isPublic) {
            form.put("public", "true");
        }
        return post("/spaces/createspace.action", form);
    }

    /** The form token of a host page's form. */
    public static String token(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(html);
        assertTrue("no form token in the page", m.find());
        return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(SharedDevHost.baseUrl() + path)).header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
