package com.monps.agent.jobs;

/** What a run did: how many items it handled and one line for the log, the status command and the API. */
public record JobResult(int items, String summary) {
}
