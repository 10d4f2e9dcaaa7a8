package com.monps.agent.cli;

import com.monps.agent.AgentMain;
import com.monps.agent.config.AgentConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {

    @Test
    void refusesToStartWithoutATokenWithOneClearLine() {
        Map<String, String> env = new HashMap<>(DaemonConfigs.environment(""));
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RunCommand(() -> AgentConfig.from(env)));
        cli.setExecutionExceptionHandler(AgentMain.commandLine().getExecutionExceptionHandler());
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute();

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: MONPS_AGENT_TOKEN is not set: the control API does not start without a token");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void isACommandOfTheAgent() {
        assertThat(AgentMain.commandLine().getSubcommands()).containsKey("run");
    }
}
