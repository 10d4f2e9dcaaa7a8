package com.monps.agent.oddsapi;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
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
import java.time.Instant;

/**
 * One GET to The Odds API with bounded retries: records every answer in the ledger and the {@code monps.api.requests}
 * counter, maps refusals to {@link OddsApiException}s, and retries only what may succeed later (429, 5xx, timeouts) by
 * its {@link RetryPolicy}.
 */
final class ApiTransport {

    private static final Logger log = LoggerFactory.getLogger(ApiTransport.class);

    private final OkHttpClient http;
    private final Redactor redactor;
    private final RetryConfig retryConfig;
    private final ApiRequestLog ledger;
    private final MeterRegistry meters;
    private final PayloadReader reader;

    ApiTransport(OkHttpClient http, Redactor redactor, RetryPolicy retry, ApiRequestLog ledger, MeterRegistry meters,
                 PayloadReader reader) {
        this.http = http;
        this.redactor = redactor;
        this.retryConfig = retry.config();
        this.ledger = ledger;
        this.meters = meters;
        this.reader = reader;
    }

    /** The body of a successful answer; throws the typed failure of the last attempt otherwise. */
    String get(String endpoint, String sport, HttpUrl url) {
        String what = sport == null ? endpoint : endpoint + " " + sport;
        Retry attempts = Retry.of(what, retryConfig);
        attempts.getEventPublisher().onRetry(event -> log.warn("{}: attempt {} of {} failed ({}), retrying in {} ms", what,
                event.getNumberOfRetryAttempts(), retryConfig.getMaxAttempts(), event.getLastThrowable().getMessage(),
                event.getWaitInterval().toMillis()));
        return attempts.executeSupplier(() -> attempt(endpoint, sport, what, url));
    }

    private String attempt(String endpoint, String sport, String what, HttpUrl url) {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            CreditHeaders credits = CreditHeaders.of(response.headers());
            PayloadReader.ErrorBody error = response.isSuccessful() ? new PayloadReader.ErrorBody("", "") : reader.error(body);
            ledger.record(endpoint, sport, response.code(), error.errorCode(), credits);
            count(endpoint, Integer.toString(response.code()));
            log.info("{}: HTTP {}, cost {}, {} credits left", what, response.code(), credits.last(), credits.remaining());
            if (!response.isSuccessful()) {
                throw refusal(what, response.code(), error, RetryAfter.of(response.header("Retry-After"), Instant.now()));
            }
            return body;
        } catch (IOException e) {
            count(endpoint, e instanceof InterruptedIOException ? "timeout" : "io_error");
            String reason = e instanceof InterruptedIOException ? "no answer in time" : "connection failed";
            throw new OddsApiException(FailureKind.UNREACHABLE, 0, null,
                    "The Odds API did not answer " + what + ": " + reason + " (" + redactor.redact(e.getMessage()) + ")", null);
        }
    }

    private OddsApiException refusal(String what, int status, PayloadReader.ErrorBody error, Duration retryAfter) {
        FailureKind kind = classify(status, error.errorCode());
        String detail = status + (error.errorCode().isEmpty() ? "" : " " + error.errorCode())
                + (error.message().isEmpty() ? "" : ": " + redactor.redact(error.message()));
        return new OddsApiException(kind, status, error.errorCode(), "The Odds API refused " + what + " (" + detail + ")", null,
                retryAfter);
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
}
