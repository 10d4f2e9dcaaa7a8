package com.monps.agent.api;

import com.monps.agent.jobs.Job;
import com.monps.core.api.JobRunAnswer;
import com.monps.agent.jobs.JobName;
import com.monps.agent.jobs.JobResult;
import com.monps.agent.jobs.JobRunner;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs settlement or CLV now (through the {@link JobRunner}, as the scheduler does) and reports on the jobs' runs. */
final class SettlementRoutes {

    private final JobRunner runner;
    private final Map<String, Job> jobs;
    private final SettlementStatsQuery stats;

    SettlementRoutes(JobRunner runner, List<Job> jobs, SettlementStatsQuery stats) {
        this.runner = runner;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::name, Function.identity(), (a, b) -> a));
        this.stats = stats;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/settlement/run-clv", request -> runNow(JobName.CLV)),
                Route.post("/settlement/run-settlement", request -> runNow(JobName.SETTLE)),
                Route.get("/settlement/stats", request -> Response.ok(stats.fetch())));
    }

    private Response runNow(JobName jobName) {
        String name = jobName.code();
        Job job = jobs.get(name);
        if (job == null) {
            throw ApiException.unavailable("the " + name + " job is not available in this build of the agent");
        }
        try {
            JobResult result = runner.run(job);
            return Response.ok(JobRunAnswer.success(name, result.items(), result.summary()));
        } catch (Exception e) {
            // JobRunner has logged the failure and recorded it in job_runs; its message is meant for the trader
            return Response.json(500, JobRunAnswer.failed(name, String.valueOf(e.getMessage())));
        }
    }
}
