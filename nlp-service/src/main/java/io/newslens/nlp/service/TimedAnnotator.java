package io.newslens.nlp.service;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import io.micrometer.core.instrument.Timer;
import java.util.Collection;
import java.util.Set;

/**
 * A CoreNLP annotator whose every run is recorded in its stage's timer. Wrapped by hand because CoreNLP's own
 * timing ({@code AnnotationPipeline.timingInformation}) is one running total per annotator, summed over all threads
 * without synchronisation, and has no distribution to take a percentile from.
 */
final class TimedAnnotator implements Annotator {

    private final Annotator annotator;
    private final Timer timer;

    TimedAnnotator(Annotator annotator, Timer timer) {
        this.annotator = annotator;
        this.timer = timer;
    }

    @Override
    public void annotate(Annotation annotation) {
        timer.record(() -> annotator.annotate(annotation));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return annotator.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return annotator.requires();
    }

    @Override
    public Collection<String> exactRequirements() {
        return annotator.exactRequirements();
    }

    @Override
    public void unmount() {
        annotator.unmount();
    }
}
