package io.newslens.nlp.testing;

import io.newslens.nlp.config.NlpConfig;

/** An {@link NlpConfig} with the default annotators and one worker, for tests that build a pipeline by hand. */
public final class TestNlpConfig {
    private TestNlpConfig() {
    }

    public static NlpConfig withSutime(boolean sutime) {
        return new NlpConfig() {
            public String annotators() {
                return "tokenize,ssplit,pos,lemma,ner";
            }

            public int workerThreads() {
                return 1;
            }

            public boolean fineGrainedNer() {
                return false;
            }

            public boolean sutime() {
                return sutime;
            }

            public String newlineIsSentenceBreak() {
                return "always";
            }

            public int maxTokenChars() {
                return 2000;
            }

            public int maxSentenceTokens() {
                return 1000;
            }
        };
    }
}
