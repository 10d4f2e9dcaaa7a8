package com.monps.bench;

import com.monps.bench.clv.ClvBenchmark;
import com.monps.bench.month.MonthBenchmark;
import com.monps.bench.fault.KillLoopBenchmark;
import com.monps.bench.ingest.IngestBenchmark;
import com.monps.bench.model.GoalModelBenchmark;
import com.monps.bench.scan.ScanBenchmark;
import com.monps.bench.stats.StatsBenchmark;
import com.monps.bench.storage.CompressionBenchmark;
import com.monps.bench.storage.StorageBenchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmarks named on the command line (all when none is named) against one PostgreSQL server and prints
 * each figure beside its reference, then a Markdown table. Usage: {@code AllBenchmarks [name...] [--option=value...]}.
 */
public final class AllBenchmarks {

    private static final List<Benchmark> BENCHMARKS = List.of(
            new IngestBenchmark(), new StatsBenchmark(), new StorageBenchmark(), new ScanBenchmark(),
            new ClvBenchmark(), new MonthBenchmark(), new KillLoopBenchmark(), new GoalModelBenchmark(),
            new CompressionBenchmark());

    private AllBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? options : names).add(arg);
        }
        List<Benchmark> selected = select(names);
        BenchOptions benchOptions = BenchOptions.parse(options);
        Report report = new Report(System.out);
        try (BenchServer server = BenchServer.start()) {
            MachineInfo.print(System.out, server);
            System.out.println("arguments: " + String.join(" ", args) + " (started " + java.time.Instant.now() + ")");
            for (Benchmark benchmark : selected) {
                System.out.println("== " + benchmark.name());
                benchmark.run(server, benchOptions, report);
            }
        }
        report.printMarkdown();
    }

    private static List<Benchmark> select(List<String> names) {
        if (names.isEmpty() || names.contains("all")) {
            return BENCHMARKS;
        }
        List<Benchmark> selected = new ArrayList<>();
        for (String name : names) {
            selected.add(BENCHMARKS.stream().filter(b -> b.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + name + "'; known: "
                            + BENCHMARKS.stream().map(Benchmark::name).toList())));
        }
        return selected;
    }
}
