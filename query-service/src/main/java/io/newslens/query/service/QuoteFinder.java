package io.newslens.query.service;

import io.newslens.contracts.api.QuoteList;
import io.newslens.query.repository.QuoteFilter;
import io.newslens.query.repository.QuoteQueries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who said what about whom. */
@ApplicationScoped
public class QuoteFinder {

    private final QuoteQueries quotes;

    public QuoteFinder(QuoteQueries quotes) {
        this.quotes = quotes;
    }

    /** Quotes matching every given criterion, newest article first; an unknown entity id simply matches none. */
    public Uni<QuoteList> find(QuoteFilter filter) {
        return quotes.find(filter).map(QuoteList::new);
    }
}
