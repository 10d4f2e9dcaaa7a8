package com.monps.agent.metrics;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/** JVM (memory, GC, threads, classes), processor, uptime and connection-pool metrics. Close to stop the GC listener. */
public final class RuntimeMetrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RuntimeMetrics.class);

    private final JvmGcMetrics gc;

    private RuntimeMetrics(JvmGcMetrics gc) {
        this.gc = gc;
    }

    public static RuntimeMetrics bind(MeterRegistry meters, DataSource dataSource) {
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ClassLoaderMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(meters);
        bindPool(meters, dataSource);
        return new RuntimeMetrics(gc);
    }

    private static void bindPool(MeterRegistry meters, DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getMetricRegistry() == null) {
            try {
                hikari.setMetricRegistry(meters);
            } catch (IllegalStateException e) {
                log.warn("connection pool metrics unavailable: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        gc.close();
    }
}
