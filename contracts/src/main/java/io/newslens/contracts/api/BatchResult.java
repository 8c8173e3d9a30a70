package io.newslens.contracts.api;

import java.util.List;

/** The answer to a batch: one result per item, in input order, and the counts. */
public record BatchResult(int total, int accepted, int duplicates, int rejected, List<BatchItemResult> items) {

    public static BatchResult of(List<BatchItemResult> items) {
        int accepted = 0;
        int duplicates = 0;
        int rejected = 0;
        for (BatchItemResult item : items) {
            switch (item.status()) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
        }
        return new BatchResult(items.size(), accepted, duplicates, rejected, List.copyOf(items));
    }
}
