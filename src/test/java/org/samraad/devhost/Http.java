package org.samraad.devhost;

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

/** A small HTTP client for the host's tests: Basic auth or a cookie session, like a REST client or a browser. */
final class Http {
    private final String baseUrl;
    private final HttpClient client;

    private Http(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    static Http to(DevHost host) {
        return new Http(host.baseUrl(), HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A browser-like client that keeps cookies (the session). */
    static Http browser(DevHost host) {
        return new Http(host.baseUrl(), HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    Reply get(String user, String path, String acceptLanguage) {
        return send(request(user, path).header("Accept-Language", acceptLanguage).GET());
    }

    Reply post(String user, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(user, path)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Reply postForm(String user, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(user, path, "application/x-www-form-urlencoded", body);
    }

    /** Logs this browser in through the header's user switcher (needs the page's form token). */
    void switchUser(String username) {
        String token = formToken(get(null, "/").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token);
        form.put("user", username == null ? "" : username);
        form.put("return", "/");
        Reply reply = postForm(null, "/devhost/session/user", form);
        if (reply.status() != 302) {
            throw new AssertionError("switching user failed: " + reply.status());
        }
    }

    static String formToken(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in the page");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            String password = user.contains(":") ? "" : ":" + user;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
