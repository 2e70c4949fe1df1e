package org.samraad.devhost.services;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.samraad.devhost.descriptor.PluginDescriptor.JobConfigModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The descriptor's {@code <job-config>} jobs, run on demand (the dev host has no scheduler: a schedule would
 * only make its behaviour depend on the clock). The runner is the plugin bean named by {@code <job key>}, as in
 * Confluence; it runs as no user, like a scheduled job.
 */
public final class HostJobs {
    private static final Logger LOG = LoggerFactory.getLogger(HostJobs.class);

    private final List<JobConfigModule> jobs;
    private final Function<String, Object> pluginBeanByName;

    public HostJobs(List<JobConfigModule> jobs, Function<String, Object> pluginBeanByName) {
        this.jobs = List.copyOf(jobs);
        this.pluginBeanByName = pluginBeanByName;
    }

    public List<JobConfigModule> jobs() {
        return jobs;
    }

    public Optional<JobRunnerResponse> run(String moduleKey) {
        Optional<JobConfigModule> job = jobs.stream().filter(j -> j.key().equals(moduleKey)).findFirst();
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Object runner = pluginBeanByName.apply(job.get().runnerBean());
        if (!(runner instanceof JobRunner jobRunner)) {
            throw new IllegalStateException("Bean " + job.get().runnerBean() + " of job " + moduleKey + " is not a JobRunner");
        }
        Date start = new Date();
        JobRunnerRequest request = new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        };
        try (RequestContext.Binding ignored = RequestContext.bind(null, RequestContext.DEFAULT_LOCALE)) {
            JobRunnerResponse response = jobRunner.runJob(request);
            LOG.info("Job {} ran: {} {}", moduleKey, response == null ? "no response" : response.getRunOutcome(),
                    response == null ? "" : response.getMessage());
            return Optional.ofNullable(response);
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", moduleKey, e);
            return Optional.of(JobRunnerResponse.failed(e));
        }
    }
}
