package io.newslens.query.service;

/** The width of a timeline bucket, in UTC; weeks start on Monday. */
public enum TimelineInterval {
    DAY, WEEK, MONTH
}
