package com.monps.agent.oddsapi;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * One GET to The Odds API with bounded retries: records every answer in the ledger and the {@code monps.api.requests}
 * counter, maps refusals to {@link OddsApiException}s, and retries only what may succeed later (429, 5xx, timeouts).
 */
final class ApiTransport {

    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);

    private final OkHttpClient http;
    private final Redactor redactor;
    private final RetryPolicy retry;
    private final ApiRequestLog ledger;
    private final MeterRegistry meters;
    private final PayloadReader reader;

    ApiTransport(OkHttpClient http, Redactor redactor, RetryPolicy retry, ApiRequestLog ledger, MeterRegistry meters,
                 PayloadReader reader) {
        this.http = http;
        this.redactor = redactor;
        this.retry = retry;
        this.ledger = ledger;
        this.meters = meters;
        this.reader = reader;
    }

    /** The body of a successful answer; throws the typed failure of the last attempt otherwise. */
    String get(String endpoint, String sport, HttpUrl url) {
        String what = sport == null ? endpoint : endpoint + " " + sport;
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(endpoint, sport, what, url);
            if (result.failure() == null) {
                return result.body();
            }
            OddsApiException failure = result.failure();
            boolean retryable = failure.kind() == FailureKind.RATE_LIMITED || failure.kind() == FailureKind.SERVER_ERROR
                    || failure.kind() == FailureKind.UNREACHABLE;
            if (!retryable || attempt >= retry.maxAttempts()) {
                throw failure;
            }
            Duration wait = retry.backoffAfter(attempt);
            log.warn("{}: attempt {} of {} failed ({}), retrying in {} ms", what, attempt, retry.maxAttempts(),
                    failure.getMessage(), wait.toMillis());
            pause(wait);
        }
    }

    private Attempt attempt(String endpoint, String sport, String what, HttpUrl url) {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            CreditHeaders credits = CreditHeaders.of(response.headers());
            PayloadReader.ErrorBody error = response.isSuccessful() ? new PayloadReader.ErrorBody("", "") : reader.error(body);
            ledger.record(endpoint, sport, response.code(), error.errorCode(), credits);
            count(endpoint, Integer.toString(response.code()));
            log.info("{}: HTTP {}, cost {}, {} credits left", what, response.code(), credits.last(), credits.remaining());
            return response.isSuccessful() ? new Attempt(body, null) : new Attempt(null, refusal(what, response.code(), error));
        } catch (IOException e) {
            count(endpoint, e instanceof InterruptedIOException ? "timeout" : "io_error");
            String reason = e instanceof InterruptedIOException ? "no answer in time" : "connection failed";
            return new Attempt(null, new OddsApiException(FailureKind.UNREACHABLE, 0, null,
                    "The Odds API did not answer " + what + ": " + reason + " (" + redactor.redact(e.getMessage()) + ")", null));
        }
    }

    private OddsApiException refusal(String what, int status, PayloadReader.ErrorBody error) {
        FailureKind kind = classify(status, error.errorCode());
        String detail = status + (error.errorCode().isEmpty() ? "" : " " + error.errorCode())
                + (error.message().isEmpty() ? "" : ": " + redactor.redact(error.message()));
        return new OddsApiException(kind, status, error.errorCode(), "The Odds API refused " + what + " (" + detail + ")", null);
    }

    static FailureKind classify(int status, String errorCode) {
        return switch (errorCode) {
            case ApiRequestLog.OUT_OF_CREDITS -> FailureKind.QUOTA_EXHAUSTED;
            case "EXCEEDED_FREQ_LIMIT" -> FailureKind.RATE_LIMITED;
            case "MISSING_KEY", "INVALID_KEY", "DEACTIVATED_KEY" -> FailureKind.BAD_KEY;
            default -> status == 401 ? FailureKind.BAD_KEY
                    : status == 429 ? FailureKind.RATE_LIMITED
                    : status == 404 || status == 422 ? FailureKind.BAD_PARAMETER
                    : status >= 500 ? FailureKind.SERVER_ERROR
                    : FailureKind.REFUSED;
        };
    }

    private void count(String endpoint, String status) {
        meters.counter("monps.api.requests", "endpoint", endpoint, "status", status).increment();
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OddsApiException(FailureKind.UNREACHABLE, 0, null, "interrupted while backing off", e);
        }
    }

    private record Attempt(String body, OddsApiException failure) {
    }
}
