-- The W3C trace context (traceparent / tracestate headers) of the request that queued the event: the relay
-- publishes the Kafka record later, from another thread, as a child of it, so the article keeps one trace.
ALTER TABLE outbox ADD COLUMN traceparent text, ADD COLUMN tracestate text;
