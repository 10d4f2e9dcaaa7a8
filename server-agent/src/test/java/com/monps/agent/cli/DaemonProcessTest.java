package com.monps.agent.cli;

import com.monps.agent.AgentMain;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real {@code run} command in its own JVM: started from the environment, used over HTTP, stopped with SIGTERM. */
class DaemonProcessTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    private final List<String> output = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private Thread reader;

    @Test
    void servesUntilSigtermThenStopsCleanlyAndNeverPrintsTheToken() throws Exception {
        Process agent = start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> port().isPresent() || !agent.isAlive());
            int port = port().orElseThrow(() -> new AssertionError("agent did not start:\n" + String.join("\n", output)));

            assertThat(get(port, "/bets/stats", DaemonConfigs.TOKEN).statusCode()).isEqualTo(200);
            assertThat(get(port, "/bets/stats", DaemonConfigs.TOKEN + "-guess").statusCode()).isEqualTo(401);
            assertThat(get(port, "/metrics", DaemonConfigs.TOKEN).body()).contains("monps_api_requests_total");

            // SIGTERM through the handle: Process.destroy() would also close our end of the agent's output
            assertThat(agent.toHandle().destroy()).isTrue();
            assertThat(agent.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        } finally {
            agent.destroyForcibly();
            reader.join(Duration.ofSeconds(10));
        }

        assertThat(agent.exitValue()).isEqualTo(143);
        assertThat(output).anyMatch(line -> line.contains("monps-agent stopped"));
        assertThat(output).filteredOn(line -> line.startsWith("run: ")).singleElement().asString()
                .matches("run: listening on http://127\\.0\\.0\\.1:\\d+ \\(scheduled: collect, settle, clv, scan; time zone Europe/Paris\\)");
        assertThat(output).isNotEmpty().noneMatch(line -> line.contains(DaemonConfigs.TOKEN));
    }

    private Process start() throws IOException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                AgentMain.class.getName(), "run").redirectErrorStream(true);
        builder.environment().putAll(DaemonConfigs.environment(DaemonConfigs.TOKEN));
        Process process = builder.start();
        reader = Thread.ofVirtual().start(() -> collect(process));
        return process;
    }

    private void collect(Process process) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(output::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Integer> port() {
        return output.stream().map(LISTENING::matcher).filter(Matcher::find).findFirst().map(m -> Integer.parseInt(m.group(1)));
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
