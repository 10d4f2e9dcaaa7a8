package com.monps.bench;

/** One benchmark: measures a figure of the project and a reference in the same run, and reports both as a ratio. */
public interface Benchmark {

    /** The name used on the command line to select this benchmark. */
    String name();

    void run(BenchServer server, BenchOptions options, Report report) throws Exception;
}
