package com.monps.core.api;

/**
 * The answer to {@code POST /settlement/run-settlement} and {@code /run-clv}: 200 with {@code status} success and the
 * items, or 500 with {@code status} failed and the job's own message in {@code summary}.
 */
public record JobRunAnswer(String job, String status, Integer items, String summary) {

    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";

    public static JobRunAnswer success(String job, int items, String summary) {
        return new JobRunAnswer(job, SUCCESS, items, summary);
    }

    public static JobRunAnswer failed(String job, String message) {
        return new JobRunAnswer(job, FAILED, null, message);
    }
}
