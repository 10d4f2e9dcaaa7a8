package com.monps.core.model;

/** A goal-model fit that did not reach the maximum of its likelihood; the message says why. */
public class ModelFitException extends RuntimeException {

    public ModelFitException(String message) {
        super(message);
    }
}
