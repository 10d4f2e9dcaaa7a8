package com.monps.agent.oddsapi;

/** Why a call to The Odds API failed, decided on the answer's {@code error_code} first and its HTTP status second. */
public enum FailureKind {
    /** 401 MISSING_KEY, INVALID_KEY, DEACTIVATED_KEY: the key is wrong; never retried. */
    BAD_KEY("check ODDS_API_KEY"),
    /** 401 OUT_OF_USAGE_CREDITS: the monthly quota is spent; no paid call until the credits reset. */
    QUOTA_EXHAUSTED("no paid call is made until the credits reset"),
    /** 404 or 422: a sport, region, market or other parameter the API does not accept; never retried. */
    BAD_PARAMETER("check MONPS_SPORTS, MONPS_REGIONS and MONPS_BOOKMAKERS"),
    /** 429 EXCEEDED_FREQ_LIMIT after every bounded retry. */
    RATE_LIMITED("too many calls per second; the next scheduled run will try again"),
    /** 5xx after every bounded retry. */
    SERVER_ERROR("the API is failing; the next scheduled run will try again"),
    /** No answer in time, or the connection broke, after every bounded retry. */
    UNREACHABLE("check the network and MONPS_ODDS_API_URL"),
    /** An answer that is not the JSON the API documents: the whole payload is rejected. */
    MALFORMED("the payload was rejected whole and nothing was stored"),
    /** Any other refusal (an unexpected 4xx). */
    REFUSED("see the API's message");

    private final String advice;

    FailureKind(String advice) {
        this.advice = advice;
    }

    public String advice() {
        return advice;
    }
}
