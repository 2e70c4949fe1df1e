package org.samraad.benchmark;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.samraad.action.BulkActions;
import org.samraad.council.CouncilEntity;
import org.samraad.council.OrganisationEntity;
import org.samraad.devhost.DevHost;
import org.samraad.devhost.render.HostConversionContext;
import org.samraad.devhost.services.DemoUsers;
import org.samraad.devhost.services.RequestContext;
import org.samraad.meeting.AgendaMacro;
import org.samraad.meeting.AgendaRequestsMacro;
import org.samraad.meeting.AttendanceMacro;
import org.samraad.meeting.MeetingMacro;
import org.samraad.platform.MacroRenderer;
import org.samraad.testing.EntityManagerActiveObjects;
import org.samraad.testing.SqlStatementCounter;

/**
 * The page a secretary and the members open most: a meeting page as the blueprint makes it (header, agenda requests,
 * attendance, agenda), for a meeting with 40 agenda items with two attachments each, 30 attendees and 5 agenda
 * requests, made through the REST API as a secretary would. Each macro is rendered in process as the secretary sees
 * it (the fullest view: forms and closed items), the four in one conversion context per round as Confluence renders
 * a page, so they share what one page render shares (the meeting, the reader's texts); the row "server side" is the
 * sum of one render of each, the goal being at most 10 ms median. Statements are counted for each macro alone on a
 * page and for the four in one render. The whole page over HTTP is printed beside it, layout and
 * the dev host's Jetty included, for scale.
 */
public final class MeetingPageBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ITEMS = 40;
    private static final int ATTENDEES = 30;
    private static final int REQUESTS = 5;
    private static final String PAGE_BODY = """
            <ac:structured-macro ac:name="samraad-meeting" ac:schema-version="1"/>
            <ac:structured-macro ac:name="samraad-agenda-requests" ac:schema-version="1"/>
            <ac:structured-macro ac:name="samraad-attendance" ac:schema-version="1"/>
            <ac:structured-macro ac:name="samraad-agenda" ac:schema-version="1"><ac:parameter ac:name="view">auto</ac:parameter></ac:structured-macro>
            """;

    private final DevHost host;
    private final HttpClient http = HttpClient.newHttpClient();

    MeetingPageBenchmark(DevHost host) {
        this.host = host;
    }

    private record Part(String name, Macro macro, Map<String, String> parameters) {}

    /**
     * {@code mvn -B -o -Pbenchmark -Dbenchmark.main=org.samraad.benchmark.MeetingPageBenchmark}: the meeting page
     * alone, in a fresh dev host with the demo data and no register to fill (about a minute).
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("benchmark.rounds", 200);
        System.out.printf(Locale.ROOT, "Load before the run (uptime): %s%n", Load.uptime());
        try (BenchmarkHost benchmark = BenchmarkHost.start("samraad-benchmark-meeting")) {
            DevHost host = benchmark.host();
            BenchmarkDatabase database = benchmark.database();
            int council = host.activeObjects().find(CouncilEntity.class, "SPACE_KEY = ?", "UDS")[0].getID();
            // the full benchmark's demo council holds about 2 000 actions (the register's 100 000 over 50 councils)
            addActions(host, council, Integer.getInteger("benchmark.councilActions", 0));
            database.settle();
            System.out.printf(Locale.ROOT, "Meeting page on %s%n", database.describe());
            new MeetingPageBenchmark(host).run(council, rounds);
        }
        System.out.printf(Locale.ROOT, "Load after the run (uptime): %s%n", Load.uptime());
    }

    /** {@code -Dbenchmark.councilActions=2000}: the council's actions as in the full benchmark, a quarter of each status. */
    private static void addActions(DevHost host, int councilId, int actions) {
        if (actions == 0) {
            return;
        }
        List<Integer> organisations = Stream.of(host.activeObjects().find(OrganisationEntity.class))
                .map(OrganisationEntity::getID).toList();
        host.pluginBean(TransactionalExecutorFactory.class).createExecutor(false, false).execute((Connection c) -> {
            try {
                BulkActions.insert(c, List.of(councilId), organisations, actions, LocalDate.now());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "The council has %,d more actions%n", actions);
    }

    void run(int councilId, int rounds) throws Exception {
        long pageId = meetingPage(councilId);
        List<Part> parts = List.of(
                new Part("samraad-meeting (header)", host.pluginModule(MeetingMacro.class), Map.of()),
                new Part("samraad-agenda-requests", host.pluginModule(AgendaRequestsMacro.class), Map.of()),
                new Part("samraad-attendance (30 lines)", host.pluginModule(AttendanceMacro.class), Map.of()),
                new Part("samraad-agenda (40 items, 80 bilag)", host.pluginModule(AgendaMacro.class),
                        Map.of("view", "auto")));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[parts.size() + 1][rounds];
        double[][] cpu = new double[parts.size() + 1][rounds];
        URI page = URI.create(host.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        for (int i = -rounds / 4; i < rounds; i++) {
            // one conversion context for the page's four macros, as Confluence renders a page
            HostConversionContext context = context(pageId);
            for (int p = 0; p < parts.size(); p++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                String html = render(parts.get(p), context);
                if (i >= 0) {
                    wall[p][i] = (System.nanoTime() - start) / 1e6;
                    cpu[p][i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
                }
                // a macro's error is a MacroExecutionException in process; its own markup may hold hidden error boxes
                if (html.isBlank() || !html.contains("class=\"samraad ")) {
                    throw new IllegalStateException(parts.get(p).name() + " rendered no section:\n" + html);
                }
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).header("Authorization", basic())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                wall[parts.size()][i] = (System.nanoTime() - start) / 1e6;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the meeting page answered " + response.statusCode());
            }
        }
        print(parts, wall, cpu, statements(parts, pageId));
        String htmlDirectory = System.getProperty("benchmark.html");
        if (htmlDirectory != null) {
            writeHtml(parts, pageId, Path.of(htmlDirectory));
        }
    }

    /**
     * {@code -Dbenchmark.html=DIR}: each macro's HTML of one page render, one file each, to compare a change's output
     * with the output before it (the element ids' random suffixes aside, see {@link MacroRenderer#uniqueElementId}).
     */
    private void writeHtml(List<Part> parts, long pageId, Path directory) throws Exception {
        Files.createDirectories(directory);
        HostConversionContext context = context(pageId);
        for (int p = 0; p < parts.size(); p++) {
            String name = parts.get(p).name().replaceAll(" .*", "");
            Files.writeString(directory.resolve(p + "-" + name + ".html"), render(parts.get(p), context));
        }
        System.out.printf(Locale.ROOT, "The macros' HTML is in %s%n", directory.toAbsolutePath());
    }

    private static HostConversionContext context(long pageId) {
        return new HostConversionContext("UDS", pageId, "display");
    }

    private String render(Part part, HostConversionContext context) throws Exception {
        try (RequestContext.Binding ignored = RequestContext.bindRequest(DemoUsers.ADMIN, Locale.ENGLISH)) {
            return part.macro().execute(new HashMap<>(part.parameters()), null, context);
        }
    }

    /** Each macro's statements alone on a page (its own render), then the four together in one page render. */
    private List<Integer> statements(List<Part> parts, long pageId) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (Part part : parts) {
            counts.add(count(() -> render(part, context(pageId))));
        }
        HostConversionContext page = context(pageId);
        counts.add(count(() -> {
            for (Part part : parts) {
                render(part, page);
            }
        }));
        return counts;
    }

    private int count(SqlStatementCounter.Block block) throws Exception {
        try (SqlStatementCounter counter = SqlStatementCounter.attach(
                ((EntityManagerActiveObjects) host.activeObjects()).entityManager())) {
            return counter.count(block);
        }
    }

    private static void print(List<Part> parts, double[][] wall, double[][] cpu, List<Integer> statements) {
        System.out.printf(Locale.ROOT, "%nMeeting page: %d agenda items with 2 bilag each, %d attendees, %d agenda "
                + "requests, rendered as the secretary sees it (goal: at most 10 ms server side; a macro's statements "
                + "alone on a page, the page's in one render, where the first macro reads the meeting for all; %s)%n%n",
                ITEMS, ATTENDEES, REQUESTS, Load.uptime());
        System.out.printf(Locale.ROOT, "| %-44s | %10s | %9s | %9s | %9s |%n", "What", "statements", "median ms",
                "p95 ms", "CPU ms");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(12), "-".repeat(11),
                "-".repeat(11), "-".repeat(11));
        double[] total = new double[wall[0].length];
        double[] totalCpu = new double[wall[0].length];
        for (int p = 0; p < parts.size(); p++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += wall[p][i];
                totalCpu[i] += cpu[p][i];
            }
            System.out.printf(Locale.ROOT, "| %-44s | %10d | %9.2f | %9.2f | %9.2f |%n", parts.get(p).name(),
                    statements.get(p), new Samples(wall[p]).median(), new Samples(wall[p]).p95(),
                    new Samples(cpu[p]).median());
        }
        System.out.printf(Locale.ROOT, "| %-44s | %10d | %9.2f | %9.2f | %9.2f |%n", "server side: the four macros",
                statements.get(parts.size()), new Samples(total).median(),
                new Samples(total).p95(), new Samples(totalCpu).median());
        Samples page = new Samples(wall[parts.size()]);
        System.out.printf(Locale.ROOT, "| %-44s | %10s | %9.2f | %9.2f | %9s |%n", "whole page over HTTP (layout, Jetty)",
                "–", page.median(), page.p95(), "–");
    }

    /** The meeting and its page, through the REST API as the admin, as the blueprint and a secretary make them. */
    private long meetingPage(int councilId) throws Exception {
        LocalDate date = LocalDate.now().plusDays(40);
        long pageId = host.createPage("UDS", "Benchmark meeting " + date, PAGE_BODY);
        int meetingId = send("POST", "/councils/" + councilId + "/meetings", JSON.createObjectNode()
                .put("kind", "ORDINARY").put("date", date.toString()).put("startTime", "17:00").put("endTime", "21:00")
                .put("place", "Medborgerhuset, Torvet 3").put("openToPublic", true).put("pageId", pageId))
                .get("id").asInt();
        for (int i = 1; i <= ITEMS; i++) {
            ObjectNode item = JSON.createObjectNode().put("title", "Punkt " + i + ": boliger og væresteder")
                    .put("kind", i % 3 == 0 ? "DECISION" : "DISCUSSION").put("durationMinutes", 5)
                    .put("closed", i % 10 == 0)
                    .put("casePresentation", "Sagsfremstilling for punkt " + i + ", med baggrund og økonomi.")
                    .put("recommendation", "Rådet anbefaler forslaget.")
                    .put("easyRead", "Rådet taler om punkt " + i + ".");
            ArrayNode attachments = item.putArray("attachments");
            attachments.add(JSON.createObjectNode().put("title", "Notat " + i)
                    .put("url", "https://nordby.example/notat-" + i + ".pdf"));
            attachments.add(JSON.createObjectNode().put("title", "Bilag " + i)
                    .put("url", "https://nordby.example/bilag-" + i + ".pdf").put("closed", i % 4 == 0));
            send("POST", "/meetings/" + meetingId + "/agenda", item);
        }
        ObjectNode attendance = JSON.createObjectNode().put("version", 0);
        ArrayNode lines = attendance.putArray("lines");
        for (int i = 1; i <= ATTENDEES; i++) {
            int memberId = send("POST", "/councils/" + councilId + "/members", JSON.createObjectNode()
                    .put("role", "MEMBER").put("name", "Deltager " + i).put("publishConsent", i % 2 == 0)
                    .put("termStart", LocalDate.now().minusYears(1).toString())
                    .put("termEnd", LocalDate.now().plusYears(3).toString())).get("id").asInt();
            lines.add(JSON.createObjectNode().put("memberId", memberId).put("status", i % 5 == 0 ? "APOLOGIES" : "PRESENT"));
        }
        send("PUT", "/meetings/" + meetingId + "/attendance", attendance);
        for (int i = 1; i <= REQUESTS; i++) {
            send("POST", "/meetings/" + meetingId + "/agenda-requests", JSON.createObjectNode()
                    .put("title", "Ønske " + i).put("description", "Kan rådet tage emne " + i + " op?"));
        }
        return pageId;
    }

    private JsonNode send(String method, String path, ObjectNode body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(host.baseUrl() + "/rest/samraad/1.0" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", basic())
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    }
}
