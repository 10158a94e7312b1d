package dev.kairos.scenarios.published;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PillacReaderTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();
    private static final String C101 = PublishedData.pillacName("C101");

    @Test
    void shouldReadC101CountsAndDepot() throws IOException
    {
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(C101));

        assertThat(c101.name()).isEqualTo(C101);
        assertThat(List.of(c101.skillCount(), c101.toolCount(), c101.partCount())).containsExactly(5, 5, 5);
        assertThat(c101.technicians()).hasSize(25);
        assertThat(c101.requests()).hasSize(100);
        assertThat(c101.depot()).isEqualTo(new PillacDepot(40, 50, 0, 1236, 0));
    }

    @Test
    void shouldReadC101FirstTechnician() throws IOException
    {
        final PillacTechnician first = PillacReader.read(DATA.pillacFile(C101)).technician(1);

        assertThat(first.id()).isEqualTo(1);
        assertThat(List.of(first.x(), first.y(), first.shiftStart(), first.shiftEnd()))
            .containsExactly(9.0, 6.0, 0.0, 1236.0);
        assertThat(first.skills()).containsExactly(1, 3, 4);
        assertThat(first.tools()).containsExactly(1, 2, 3);
        assertThat(first.stock()).containsExactly(3, 0, 4, 4, 0);
    }

    @Test
    void shouldReadC101RequestsWithTheirRowIds() throws IOException
    {
        final PillacInstance c101 = PillacReader.read(DATA.pillacFile(C101));
        final PillacRequest first = c101.request(26);
        final PillacRequest last = c101.request(125);

        assertThat(List.of(first.x(), first.y(), first.ready(), first.due(), first.service()))
            .containsExactly(45.0, 68.0, 912.0, 967.0, 90.0);
        assertThat(first.skills()).containsExactly(4);
        assertThat(first.tools()).isEmpty();
        assertThat(first.parts()).containsExactly(1, 0, 1, 0, 0);
        assertThat(last.id()).isEqualTo(125);
        assertThat(last.tools()).containsExactly(0, 3);
        assertThat(c101.isRequest(25)).isFalse();
        assertThat(c101.isRequest(126)).isFalse();
        assertThat(c101.returnNode(1)).isEqualTo(126);
        assertThat(c101.depotVisitNode(25)).isEqualTo(175);
    }

    @Test
    void shouldReadAllFiftySixInstancesBuiltOnSolomonCustomers() throws IOException
    {
        final List<String> names = DATA.pillacNames();

        assertThat(names).hasSize(56)
            .containsExactlyElementsOf(DATA.solomonNames().stream().map(PublishedData::pillacName).toList());
        for (final String name : names)
        {
            final PillacInstance instance = PillacReader.read(DATA.pillacFile(name));
            final SolomonInstance solomon = SolomonReader.read(DATA.solomonFile(name.substring(0, name.indexOf('.'))));
            assertThat(instance.technicians()).as("crew of %s", name).hasSize(25);
            assertThat(instance.requests()).as("requests of %s", name).hasSize(100);
            final PillacRequest request = instance.request(26 + 41);
            final SolomonNode customer = solomon.node(1 + 41);
            assertThat(List.of(request.x(), request.y(), request.ready(), request.due(), request.service()))
                .as("request 67 of %s is Solomon customer 42", name)
                .containsExactly(customer.x(), customer.y(), customer.ready(), customer.due(), customer.service());
        }
    }

    @Test
    void shouldReadBestResultRows() throws IOException
    {
        final List<PillacBest> rows = PillacReader.readBest(DATA.pillacBest());

        assertThat(rows).hasSize(56);
        assertThat(rows.get(0)).extracting(PillacBest::instance, PillacBest::techniciansUsed, PillacBest::workingTime,
            PillacBest::provedOptimal).containsExactly(C101, 15, 10717.5161, false);
        assertThat(rows.get(0).recheck()).isEqualTo("yes: feasible; recomputed 10717.5161");
        assertThat(rows.get(0).source()).startsWith("vpillac/vroom@de39e77d09");
        assertThat(rows.get(55)).extracting(PillacBest::instance, PillacBest::techniciansUsed, PillacBest::workingTime)
            .containsExactly(PublishedData.pillacName("RC208"), 8, 1914.536);
    }

    @Test
    void shouldReadAuthorsRoutesForC101() throws IOException
    {
        final List<PillacSolution> solutions = PillacReader.readBestRoutes(DATA.pillacBestRoutes());
        final PillacSolution c101 = solutions.get(0);

        assertThat(solutions).hasSize(56);
        assertThat(c101.instance()).isEqualTo(C101);
        assertThat(c101.workingTime()).isEqualTo(10717.5161);
        assertThat(c101.techniciansUsed()).isEqualTo(15);
        assertThat(c101.author()).isEqualTo("Pillac_etal.");
        assertThat(c101.provedOptimal()).isFalse();
        assertThat(c101.routes()).hasSize(25);
        assertThat(c101.routes().get(0)).containsExactly(1, 83, 85, 84, 126);
        assertThat(c101.routes().get(4)).isEmpty();
        assertThat(c101.routes().get(24)).containsExactly(25, 104, 150);
    }

    @Test
    void shouldAgreeBetweenBestTableAndRoutesFile() throws IOException
    {
        final Map<String, PillacBest> best = PillacReader.readBest(DATA.pillacBest()).stream()
            .collect(Collectors.toMap(PillacBest::instance, Function.identity()));

        for (final PillacSolution solution : PillacReader.readBestRoutes(DATA.pillacBestRoutes()))
        {
            assertThat(best).containsKey(solution.instance());
            assertThat(solution.workingTime()).as(solution.instance())
                .isEqualTo(best.get(solution.instance()).workingTime());
            assertThat(solution.techniciansUsed()).as(solution.instance())
                .isEqualTo(best.get(solution.instance()).techniciansUsed());
        }
    }

    @Test
    void shouldNameLineOfSkillOutsideTheDeclaredCount(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("BAD.txt");
        Files.writeString(file, String.join("\n", "BAD", "", "INFO", "CREW COUNT  SKILLS  TOOLS   SPARE PARTS",
            "1 2 2 2", "", "DEPOT TECHNICIANS AND REQUESTS", "ID X Y TWS TWE Serv SKILLS TOOLS SPARE PARTS",
            "0 0 0 0 100 0 [] \t[] \t[]", "1 5 5 0 100 0 [0,1] \t[1] \t[1,0]", "2 9 9 10 20 5 [2] \t[] \t[0,1]"));

        assertThatThrownBy(() -> PillacReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageStartingWith(file + ":11: SKILLS index 2 is outside 0..1");
    }

    @Test
    void shouldNameLineOfPartsVectorOfWrongLength(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("SHORT.txt");
        Files.writeString(file, String.join("\n", "SHORT", "CREW COUNT SKILLS TOOLS SPARE PARTS", "1 2 2 2",
            "ID X Y TWS TWE Serv SKILLS TOOLS SPARE PARTS", "0 0 0 0 100 0 [] [] []", "1 5 5 0 100 0 [0] [1] [1]"));

        assertThatThrownBy(() -> PillacReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":6: SPARE_PARTS has 1 entries, expected 2");
    }

    @Test
    void shouldNameLineOfRouteWithBadNode(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("bad.sol");
        Files.writeString(file, "#comment\nX=12.5\nX-K=1\nX-S=<1,3,x,4|>\n");

        assertThatThrownBy(() -> PillacReader.readBestRoutes(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":4: node id in route 1 is not an integer: 'x'");
    }

    @Test
    void shouldRejectRoutesWithoutTechnicianCount(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("nocount.sol");
        Files.writeString(file, "X=12.5\nX-S=<1,3,4|>\n");

        assertThatThrownBy(() -> PillacReader.readBestRoutes(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":2: routes given but no entry 'X-K'");
    }
}
