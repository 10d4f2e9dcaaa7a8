package com.monps.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: CPU, memory, JDK, PostgreSQL and its write settings. */
final class MachineInfo {

    private MachineInfo() {
    }

    static void print(PrintStream out, BenchServer server) {
        out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + ", "
                + memoryGiB() + " GiB RAM");
        out.println("jdk: " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", heap max "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        out.println("load average at start: " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("postgresql: " + server.settings());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static long memoryGiB() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (double) (1L << 30));
    }
}
