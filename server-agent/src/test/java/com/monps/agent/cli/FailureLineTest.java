package com.monps.agent.cli;

import com.monps.agent.AgentMain;
import com.monps.agent.config.AgentConfig;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FailureLineTest {

    @Test
    void anUnreachableDatabaseIsNamedWithItsCauseOnOneLine() {
        AgentConfig config = AgentConfig.from(Map.of(
                "MONPS_DB_URL", "jdbc:postgresql://127.0.0.1:1/monps?connectTimeout=2",
                "MONPS_DB_PASSWORD", "s3cret-db-password"));
        StringWriter err = new StringWriter();
        var cli = AgentMain.commandLine(() -> config);
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("status");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip())
                .doesNotContain("\n")
                .startsWith("error: database unreachable: ")
                .contains("Connection to 127.0.0.1:1 refused")
                .doesNotContain("s3cret-db-password");
    }

    @Test
    void aPlainFailureKeepsItsOwnMessage() {
        assertThat(FailureLine.of(new IllegalArgumentException("stake must be greater than 0")))
                .isEqualTo("error: stake must be greater than 0");
    }
}
