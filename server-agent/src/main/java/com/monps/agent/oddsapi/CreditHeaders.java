package com.monps.agent.oddsapi;

import okhttp3.Headers;

/** The credit headers of one answer; a header that is absent or not a number is null. */
public record CreditHeaders(Integer remaining, Integer used, Integer last) {

    public static CreditHeaders of(Headers headers) {
        return new CreditHeaders(number(headers.get("x-requests-remaining")), number(headers.get("x-requests-used")),
                number(headers.get("x-requests-last")));
    }

    private static Integer number(String value) {
        if (value == null) {
            return null;
        }
        try {
            // the API has been seen to send "480.0"
            return (int) Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
