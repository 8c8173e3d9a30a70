package io.newslens.devstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.devstack.bench.Figures.Point;
import io.newslens.devstack.bench.SearchableLatencies.Searchable;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartTest {

    @Test
    void writesOnePngWithTheThroughputAboveTheLatencyChart(@TempDir Path dir) throws Exception {
        PipelineRun.Result run = new PipelineRun.Result(1, 3, List.of("a", "b", "c"), 0, 0, 2.0, 30.0, true, 0,
                List.of(2.0, 2.0, 2.0), List.of(new Point(0, 0), new Point(15, 2), new Point(30, 3)),
                List.of(new Searchable(12, 10), new Searchable(16, 14), new Searchable(29, 27)),
                Map.of("nlp-service", 20.0), Map.of("nlp-service", 1500L), 1.0, 1.0);
        Path png = dir.resolve("plots/e2e.png");

        RunChart.write(png, List.of(run));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(2 * 420);
    }
}
