package com.monps.bench.fault;

import com.monps.bench.BenchOptions;
import com.monps.bench.BenchServer;
import com.monps.bench.Benchmark;
import com.monps.bench.Measurement;
import com.monps.bench.Report;
import com.monps.bench.Timing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Fault injection: {@code settle} and {@code clv} of the real agent jar, killed with SIGKILL at a random moment of their
 * run, again and again on one database while new bets keep arriving; then one clean run of each. Afterwards every bet
 * must be settled exactly once with the right profit, carry its closing odds, no bet may be duplicated or lost, and the
 * dashboard totals must agree with the bets. A second clean {@code clv} must change nothing.
 */
public final class KillLoopBenchmark implements Benchmark {

    private static final String NAME = "fault-kill";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchServer server, BenchOptions options, Report report) throws Exception {
        AgentProcess.requireJar();
        int runs = options.integer("fault.runs", 100);
        int betsPerRun = options.integer("fault.bets-per-run", 300);
        Path logs = Files.createTempDirectory("monps-fault-logs");
        try {
            server.inFreshDatabase(NAME, (db, config) -> {
                SettledBook book = new SettledBook(db);
                book.seed();
                AgentProcess agent = new AgentProcess(config, logs);
                book.addBets(betsPerRun);
                double settleMillis = Timing.millis(() -> requireSuccess(agent.complete("settle")));
                double clvMillis = Timing.millis(() -> requireSuccess(agent.complete("clv")));
                report.progress(NAME, String.format("a clean run takes %.0f ms (settle), %.0f ms (clv), JVM start included",
                        settleMillis, clvMillis));
                int[] endedBeforeKill = killLoop(agent, book, runs, betsPerRun, Math.max(settleMillis, clvMillis), report);
                requireSuccess(agent.complete("settle"));
                requireSuccess(agent.complete("clv"));
                AgentProcess.Result again = agent.complete("clv");
                List<String> problems = book.problems();
                if (!again.output().contains("for 0 bet(s)")) {
                    problems.add("a second clean clv still changed bets: " + again.output());
                }
                long stuck = db.dsl().fetchCount(db.dsl().selectFrom("job_runs").where("status = 'running'"));
                report.note(NAME, String.format("%d runs (settle and clv alternating, %d new bets before each), %d killed mid-run,"
                                + " %d had ended before their kill; %d kills interrupted a running job (job_runs rows left 'running')",
                        runs, betsPerRun, runs - endedBeforeKill[0], endedBeforeKill[0], stuck));
                problems.stream().limit(10).forEach(p -> report.note(NAME, "PROBLEM " + p));
                int bets = book.betsAdded();
                report.add(new Measurement(NAME, "bets settled once with the right profit and closing odds after " + runs
                        + " SIGKILLs", problems.isEmpty() ? bets : 0, "bets", "bets placed", bets, "all, no problem",
                        problems.isEmpty()));
            });
        } finally {
            deleteTree(logs);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Returns how many runs had already ended when their kill came. */
    private static int[] killLoop(AgentProcess agent, SettledBook book, int runs, int betsPerRun, double cleanMillis,
                                  Report report) throws Exception {
        Random random = new Random(17);
        int[] ended = new int[1];
        for (int run = 0; run < runs; run++) {
            book.addBets(betsPerRun);
            String command = run % 2 == 0 ? "settle" : "clv";
            // the first part of a run is JVM start-up: most kills are aimed at the job itself
            Duration delay = Duration.ofMillis((long) (cleanMillis * (0.3 + 0.8 * random.nextDouble())));
            if (agent.killAfter(command, delay)) {
                ended[0]++;
            }
            if ((run + 1) % 20 == 0) {
                report.progress(NAME, (run + 1) + " runs killed or ended");
            }
        }
        return ended;
    }

    private static void requireSuccess(AgentProcess.Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("agent exited with " + result.exitCode() + ": " + result.output());
        }
    }
}
