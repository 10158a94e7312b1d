package dev.kairos.benchmarks.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV round-trips every field, the markdown ranks vehicles first, the chart draws one bar per result. */
class WritersTest
{
    @TempDir
    Path folder;

    private static final ResultRow OURS = new ResultRow("solomon", "R101", "kairos", 20, 1650.25, 19, 1650.8,
        true, 5.02, "checked: no violation");
    private static final ResultRow JSPRIT = new ResultRow("solomon", "R101", "jsprit", 19, 1700.0, 19, 1650.8,
        true, 5.01, "a \"quoted\", comma");
    private static final ResultRow CITY = new ResultRow("city", "city-seed-1", "greedy", 12, 310.4, -1, Double.NaN,
        false, 2.5, "SLA response 88.0 %");

    @Test
    void shouldRoundTripRowsThroughTheCsv() throws Exception
    {
        final Path csv = folder.resolve("results.csv");

        ResultsCsv.append(csv, OURS);
        ResultsCsv.append(csv, JSPRIT);
        ResultsCsv.append(csv, CITY);

        final List<ResultRow> rows = ResultsCsv.read(csv);
        assertThat(rows.subList(0, 2)).containsExactly(OURS, JSPRIT);
        assertThat(rows.get(2).bestObjective()).isNaN();
        assertThat(rows.get(2).detail()).isEqualTo(CITY.detail());
        assertThat(rows.get(2).feasible()).isFalse();
    }

    @Test
    void shouldNameTheLineOfAMalformedRow() throws Exception
    {
        final Path csv = folder.resolve("results.csv");
        Files.writeString(csv, ResultsCsv.HEADER + "\nsolomon,C101,kairos,ten,1,1,1,true,1,\"\"\n");

        assertThatThrownBy(() -> ResultsCsv.read(csv)).hasMessageContaining("line 2");
    }

    @Test
    void shouldRankVehiclesBeforeDistanceAndShowTheVehicleDifference()
    {
        final String markdown = MarkdownReport.render(List.of(OURS, JSPRIT));

        assertThat(markdown).contains("| R101 | 19 / 1650.80 | 20 / 1650.25 | -0.03 (+1 v) | yes | 5.0 |"
            + " 19 / 1700.00 | +2.98 | yes | 5.0 |");
        assertThat(markdown).contains("Totals over 1 instances: best known 19 vehicles / 1650.8; kairos 20 / 1650.3 (1 of 1 feasible);"
            + " jsprit 19 / 1700.0 (1 of 1 feasible).");
        assertThat(markdown).contains("kairos better than jsprit on 0 of 1 instances.");
        assertThat(markdown).contains("kairos at the best known's vehicle count on 0 of 1 instances, within 2 % of its objective there on 0.");
        assertThat(markdown).contains("jsprit at the best known's vehicle count on 1 of 1 instances, within 2 % of its objective there on 0.");
    }

    @Test
    void shouldShowDetailInsteadOfGapWhereThereIsNoBestKnown()
    {
        final String markdown = MarkdownReport.render(List.of(CITY));

        assertThat(markdown).contains("| city-seed-1 | 12 / 310.40 | SLA response 88.0 % | **no** | 2.5 |");
        assertThat(markdown).doesNotContain("Totals");
    }

    @Test
    void shouldDrawABarPerSolverAndNoChartWithoutABestKnown() throws Exception
    {
        final Path png = folder.resolve("gap.png");

        assertThat(GapChart.write("solomon", List.of(OURS, JSPRIT), png)).isTrue();
        assertThat(GapChart.write("city", List.of(CITY), folder.resolve("none.png"))).isFalse();

        final BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isGreaterThan(300);
        assertThat(Files.exists(folder.resolve("none.png"))).isFalse();
    }
}
