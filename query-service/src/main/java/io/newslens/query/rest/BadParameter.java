package io.newslens.query.rest;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import java.util.List;

/**
 * A parameter outside its allowed values: 400 for the insight endpoints (/graph, /stream), whose
 * contract says "bad numbers are 400"; the older endpoints answer 422 via {@link InvalidParameter}.
 */
public class BadParameter extends ProblemException {

    public BadParameter(String parameter, String message) {
        super(400, "Bad request", message, List.of(new Problem.FieldError(parameter, message)));
    }

    /** {@code fallback} when absent; otherwise a whole number in min..max, else this problem. */
    static int wholeNumber(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new BadParameter(name, name + " must be a whole number between " + min + " and " + max);
    }
}
