package com.monps.core.model;

/** No goal expectancies reproduce a market's probabilities; the message says which and how close the solver came. */
public class ImpliedGoalsException extends RuntimeException {

    public ImpliedGoalsException(String message) {
        super(message);
    }
}
