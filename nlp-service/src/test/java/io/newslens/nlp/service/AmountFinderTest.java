package io.newslens.nlp.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.contracts.event.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountFinderTest {

    @Test
    void billionsWrittenBnAreScaledAndEachAmountKeepsItsOwnSign() {
        String text = "Huawei was fined between $15bn and $30bn.";
        assertThat(AmountFinder.find(text)).containsExactly(
                new Amount("$15bn", 25, 30, 15e9, "USD"),
                new Amount("$30bn", 35, 40, 30e9, "USD"));
    }

    @Test
    void poundsEurosAndYuanByTheirSignsAndWords() {
        List<Amount> amounts = AmountFinder.find(
                "It cost £1.2m, then €3 billion, then 15 billion yuan and 200 Hong Kong dollars.");
        assertThat(amounts).extracting(Amount::text)
                .containsExactly("£1.2m", "€3 billion", "15 billion yuan", "200 Hong Kong dollars");
        assertThat(amounts).extracting(Amount::value).containsExactly(1.2e6, 3e9, 15e9, 200.0);
        assertThat(amounts).extracting(Amount::currency).containsExactly("GBP", "EUR", "CNY", "HKD");
    }

    @Test
    void aLongerSignWinsOverTheDollarAlone() {
        assertThat(AmountFinder.find("a US$5.5 million deal and HK$ 300,000 in fees")).extracting(Amount::currency,
                Amount::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("USD", 5.5e6),
                        org.assertj.core.groups.Tuple.tuple("HKD", 300_000.0));
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Quarterly profits jumped 76% to $1.13bn (£600m) from $639m year-earlier; 3m euros more.";
        for (Amount a : AmountFinder.find(text)) {
            assertThat(text.substring(a.start(), a.end())).isEqualTo(a.text());
        }
        assertThat(AmountFinder.find(text)).extracting(Amount::value).containsExactly(1.13e9, 600e6, 639e6, 3e6);
    }

    @Test
    void numbersWithoutACurrencyAndWordsThatOnlyLookLikeOneAreNotAmounts() {
        assertThat(AmountFinder.find("76% of 3 billion people; the party won 20 seats; 5 m away; $ signs")).isEmpty();
    }
}
