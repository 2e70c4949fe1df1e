package org.samraad.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A REST client as an integration would be: real HTTP, HTTP Basic as a demo user, or anonymous. */
public final class HttpApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public HttpApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public record Reply(int status, String contentType, String text) {
        public JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text, e);
            }
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    /** A GET that asks for another representation than JSON, e.g. {@code text/csv}. */
    public Reply getAccepting(String user, String path, String accept) {
        return send(user, "GET", path, null, null, accept);
    }

    public Reply postJson(String user, String path, String json) {
        return send(user, "POST", path, "application/json", json);
    }

    public Reply putJson(String user, String path, String json) {
        return send(user, "PUT", path, "application/json", json);
    }

    public Reply delete(String user, String path) {
        return send(user, "DELETE", path, null, null);
    }

    /** {@code user} null = anonymous; demo users' passwords equal their names. */
    public Reply send(String user, String method, String path, String contentType, String body) {
        return send(user, method, path, contentType, body, "application/json");
    }

    /**
     * A file posted as Confluence takes attachment uploads: multipart/form-data with the file in the part "file",
     * with or without the {@code X-Atlassian-Token: no-check} header its XSRF check asks of such posts.
     */
    public Reply uploadFile(String user, String path, String fileName, String content, boolean noCheckToken) {
        String boundary = "samraad" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(user, "POST", path, "multipart/form-data; boundary=" + boundary, body, "application/json",
                noCheckToken ? Map.of("X-Atlassian-Token", "no-check") : Map.of());
    }

    private Reply send(String user, String method, String path, String contentType, String body, String accept) {
        return send(user, method, path, contentType, body, accept, Map.of());
    }

    private Reply send(String user, String method, String path, String contentType, String body, String accept,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", accept)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!method.equals("PUT") && !method.equals("DELETE") && !closedBeforeAnyAnswer(e)) {
                    throw e;
                }
                // the server closed a kept-alive connection as the request went out ("header parser received no
                // bytes"); the JDK client retries only GET by itself, and PUT and DELETE are as safe to repeat. A
                // POST is repeated only when not one byte of an answer came: Jetty closes only an idle connection,
                // so the request was never read
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean closedBeforeAnyAnswer(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("header parser received no bytes")) {
                return true;
            }
        }
        return false;
    }
}
