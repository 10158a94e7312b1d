package dev.kairos.scenarios.published;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SolomonReaderTest
{
    private static final PublishedData DATA = PublishedData.fromSystemProperty();

    @Test
    void shouldReadC101Depot() throws IOException
    {
        final SolomonInstance c101 = SolomonReader.read(DATA.solomonFile("C101"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.depot()).isEqualTo(new SolomonNode(0, 40, 50, 0, 0, 1236, 0));
    }

    @Test
    void shouldReadC101FleetAndCustomers() throws IOException
    {
        final SolomonInstance c101 = SolomonReader.read(DATA.solomonFile("C101"));

        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customerCount()).isEqualTo(100);
        assertThat(c101.node(1)).isEqualTo(new SolomonNode(1, 45, 68, 10, 912, 967, 90));
        assertThat(c101.node(100)).isEqualTo(new SolomonNode(100, 55, 85, 20, 647, 726, 90));
    }

    @Test
    void shouldReadR101WhoseColumnsAreSpacedDifferently() throws IOException
    {
        final SolomonInstance r101 = SolomonReader.read(DATA.solomonFile("R101"));

        assertThat(r101.depot()).isEqualTo(new SolomonNode(0, 35, 35, 0, 0, 230, 0));
        assertThat(r101.node(2)).isEqualTo(new SolomonNode(2, 35, 17, 7, 50, 60, 10));
    }

    @Test
    void shouldReadAllFiftySixInstances() throws IOException
    {
        final List<String> names = DATA.solomonNames();

        assertThat(names).hasSize(56).startsWith("C101").endsWith("RC208");
        for (final String name : names)
        {
            final SolomonInstance instance = SolomonReader.read(DATA.solomonFile(name));
            assertThat(instance.name()).as("name in %s", name).isEqualTo(name);
            assertThat(instance.customerCount()).as("customers in %s", name).isEqualTo(100);
            assertThat(instance.vehicles()).as("vehicles in %s", name).isEqualTo(25);
            assertThat(instance.capacity()).as("capacity of %s", name).isIn(200, 700, 1000);
        }
    }

    @Test
    void shouldReadBestKnownRows() throws IOException
    {
        final List<SolomonBestKnown> rows = SolomonReader.readBestKnown(DATA.solomonBestKnown());

        assertThat(rows).hasSize(56);
        assertThat(rows.get(0)).extracting(SolomonBestKnown::instance, SolomonBestKnown::vehicles,
            SolomonBestKnown::distance).containsExactly("C101", 10, 828.94);
        assertThat(rows).filteredOn(row -> row.instance().equals("R205")).singleElement()
            .satisfies(row ->
            {
                assertThat(row.vehicles()).isEqualTo(3);
                assertThat(row.distance()).isEqualTo(994.42);
                assertThat(row.source()).contains("994.43");
            });
        assertThat(rows).extracting(SolomonBestKnown::instance).containsExactlyElementsOf(DATA.solomonNames());
    }

    @Test
    void shouldNameFileAndLineOfRowWithMissingColumn(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("BAD.txt");
        Files.writeString(file, String.join("\r\n", "BAD", "", "VEHICLE", "NUMBER     CAPACITY", "  2   50", "",
            "CUSTOMER", "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", "",
            "0 0 0 0 0 100 0", "1 5 5 10 0 100"));

        assertThatThrownBy(() -> SolomonReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageStartingWith(file + ":11: expected 7 fields")
            .satisfies(e -> assertThat(((MalformedDataException) e).line()).isEqualTo(11));
    }

    @Test
    void shouldRejectCustomerNumbersOutOfSequence(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("GAP.txt");
        Files.writeString(file, String.join("\n", "GAP", "NUMBER CAPACITY", "2 50", "CUST NO.",
            "0 0 0 0 0 100 0", "2 5 5 10 0 100 10"));

        assertThatThrownBy(() -> SolomonReader.read(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":6: customer number 2 where 1 was expected");
    }

    @Test
    void shouldNameLineOfBestKnownRowWithBadDistance(@TempDir final Path folder) throws IOException
    {
        final Path file = folder.resolve("bks.csv");
        Files.writeString(file, "instance,vehicles,distance,source\nC101,10,828.94,x\nC102,10,eight,y\n");

        assertThatThrownBy(() -> SolomonReader.readBestKnown(file))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining(":3: distance is not a number: 'eight'");
    }
}
