package io.newslens.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Query parameters checked by hand rather than by Bean Validation or JAX-RS conversion: JAX-RS answers a
 * parameter it cannot convert with 404, which would send the client looking for a missing resource instead
 * of at its parameter. Every failure is an {@link InvalidParameter} naming the parameter.
 */
final class RequestParams {

    private RequestParams() {
    }

    /** {@code fallback} when absent; otherwise a whole number in 1..max. */
    static int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        if (parsed < 1 || parsed > max) {
            throw new InvalidParameter("limit", "limit must be a whole number between 1 and " + max);
        }
        return parsed;
    }

    /**
     * An ISO 8601 instant ({@code 2026-03-01T10:00:00Z}) or date ({@code 2026-03-01}, UTC). A date as lower
     * bound is the start of that day; as upper bound ({@code endOfDay}) the start of the next, so that
     * {@code from=2026-03-01&to=2026-03-01} is that whole day.
     */
    static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " must be an ISO 8601 date (2026-03-01) or instant "
                    + "(2026-03-01T10:00:00Z)");
        }
    }

    /** {@code fallback} when absent; otherwise {@code true} or {@code false}, case-insensitive. */
    static boolean flag(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameter(name, name + " must be true or false");
        };
    }

    /** Null when absent or blank, else stripped. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Null when absent; otherwise a number in -1..1, the range of tone. */
    static Double tone(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double tone = Double.parseDouble(value.strip());
            if (tone >= -1 && tone <= 1) {
                return tone;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameter(name, name + " must be a number between -1 and 1");
    }

    /** {@code fallback} when absent; otherwise one of {@code type}'s constants, case-insensitive. */
    static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new InvalidParameter(name, name + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase()).toList());
    }
}
