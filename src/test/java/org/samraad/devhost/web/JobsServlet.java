package org.samraad.devhost.web;

import com.atlassian.scheduler.JobRunnerResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;

/** {@code /devhost/jobs}: the plugin's {@code <job-config>} jobs with a "Run now" button, for administrators. */
final class JobsServlet extends HostServlet {
    JobsServlet(HostWeb web) {
        super(web);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        page(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isSiteAdmin()) {
            notFound(request, response);
            return;
        }
        if (tokenRejected(request, response)) {
            return;
        }
        Optional<JobRunnerResponse> result = web.jobs().run(parameter(request, "job"));
        page(request, response, result.map(r -> parameter(request, "job") + ": " + r.getRunOutcome()
                + (r.getMessage() == null ? "" : " - " + r.getMessage())).orElse("No such job"));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, String outcome) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Scheduled jobs</h1><p>The dev host runs no schedule unless started with -Ddevhost.schedule=cron; run a job by hand.</p>")
                .append("<p class=\"cluster-node\">This node: <code>").append(Html.text(web.jobs().node())).append("</code></p>");
        if (outcome != null) {
            main.append("<p role=\"status\" class=\"job-outcome\">").append(Html.text(outcome)).append("</p>");
        }
        main.append("<table><thead><tr><th scope=\"col\">Job</th><th scope=\"col\">Schedule</th><th scope=\"col\">Run</th></tr></thead><tbody>");
        for (JobConfigModule job : web.jobs().jobs()) {
            String name = job.i18nNameKey() == null || job.i18nNameKey().isEmpty() ? job.name() : web.i18n().getText(job.i18nNameKey());
            main.append("<tr><td>").append(Html.text(name)).append(" <code>").append(Html.text(job.key())).append("</code></td><td><code>")
                    .append(Html.text(String.valueOf(job.cron()))).append("</code></td><td><form method=\"post\" action=\"/devhost/jobs\">")
                    .append(PageLayout.hidden(HostSession.TOKEN_PARAMETER, HostSession.token(request)))
                    .append(PageLayout.hidden("job", job.key()))
                    .append("<button type=\"submit\">Run ").append(Html.text(job.key())).append(" now</button></form></td></tr>");
        }
        main.append("</tbody></table>");
        html(response, 200, web.layout().page(request, "Scheduled jobs",
                List.of(new PageLayout.Crumb("Dashboard", "/"), new PageLayout.Crumb("Scheduled jobs", null)),
                main.toString(), null, List.of("atl.general")));
    }
}
