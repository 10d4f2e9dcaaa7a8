package com.monps.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects measurements, prints each as it comes, and a Markdown table at the end (pasted into RESULTS.md). */
public final class Report {

    private final PrintStream out;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Report(PrintStream out) {
        this.out = out;
    }

    public void add(Measurement m) {
        measurements.add(m);
        out.printf(Locale.ROOT, "[%s] %s: %s %s | reference %s: %s %s | ratio %.2f | goal %s: %s%n",
                m.benchmark(), m.what(), format(m.value()), m.unit(), m.reference(), format(m.referenceValue()), m.unit(),
                m.ratio(), m.goal(), m.verdict());
    }

    /** A figure that has no ratio (a size, a count, a projection) but belongs in the results. */
    public void note(String benchmark, String text) {
        String line = "[" + benchmark + "] " + text;
        notes.add(line);
        out.println(line);
    }

    public void progress(String benchmark, String text) {
        out.println("  (" + benchmark + ") " + text);
    }

    public void printMarkdown() {
        out.println();
        out.println("| benchmark | figure | value | reference | reference value | ratio | goal | verdict |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Measurement m : measurements) {
            out.printf(Locale.ROOT, "| %s | %s | %s %s | %s | %s %s | %.2f | %s | %s |%n", m.benchmark(), m.what(),
                    format(m.value()), m.unit(), m.reference(), format(m.referenceValue()), m.unit(), m.ratio(), m.goal(), m.verdict());
        }
        notes.forEach(note -> out.println("- " + note));
        long goals = measurements.stream().filter(m -> m.passed() != null).count();
        long met = measurements.stream().filter(m -> Boolean.TRUE.equals(m.passed())).count();
        out.println();
        out.println("goals met: " + met + " of " + goals);
    }

    static String format(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3f", value);
    }
}
