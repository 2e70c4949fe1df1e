package org.samraad.devhost.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.samraad.devhost.services.HostJobs.Firing;

/**
 * {@code POST /devhost/jobs/fire} {@code {"job": "…", "runTime": "2026-12-07T06:00:00Z"}}: this node's scheduler
 * fires the job's run due at {@code runTime}, as every node's does when a cron schedule comes due; a per-cluster
 * job then runs on the one node that claims that run. Without {@code runTime} the job runs now on this node, as
 * the "Run" button of {@code /devhost/jobs} does. For administrators and tests of the cluster; JSON only, so a
 * cross-site form cannot send it. Answers what this node did: {@code {"job", "node", "runTime", "ran", "outcome",
 * "message"}}.
 */
final class JobFiringServlet extends HostServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    JobFiringServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            json(response, 415, Map.of("message", "Send the firing as application/json"));
            return;
        }
        JsonNode body;
        Instant runTime;
        try {
            body = JSON.readTree(request.getInputStream());
            runTime = body.hasNonNull("runTime") ? Instant.parse(body.get("runTime").asText()) : null;
        } catch (IOException | DateTimeParseException e) {
            json(response, 400, Map.of("message", "Expected {\"job\": \"…\", \"runTime\": \"an ISO-8601 instant\"}"));
            return;
        }
        String job = body.path("job").asText();
        Optional<Firing> firing = runTime == null
                ? web.jobs().run(job).map(r -> new Firing(job, web.jobs().node(), Instant.now(), true, r))
                : web.jobs().fire(job, runTime);
        if (firing.isEmpty()) {
            json(response, 404, Map.of("message", "No such job"));
            return;
        }
        Firing fired = firing.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("job", fired.job());
        answer.put("node", fired.node());
        answer.put("runTime", fired.runTime().toString());
        answer.put("ran", fired.ran());
        answer.put("outcome", fired.response() == null ? null : String.valueOf(fired.response().getRunOutcome()));
        answer.put("message", fired.response() == null ? null : fired.response().getMessage());
        json(response, 200, answer);
    }

    private static void json(HttpServletResponse response, int status, Map<String, ?> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getWriter(), body);
    }
}
