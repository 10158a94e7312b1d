package dev.kairos.gateway.api;

import dev.kairos.gateway.Api;
import dev.kairos.gateway.ServerContext;
import dev.kairos.gateway.Slas;
import dev.kairos.gateway.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A policy file seeds an empty journal; later the journal wins unless the file is reloaded. */
class PolicyFileIT
{
    @TempDir
    Path data;
    @TempDir
    Path config;

    @Test
    void shouldSeedAnEmptyJournalThenLetTheJournalWinUnlessReloaded() throws Exception
    {
        final Path file = config.resolve("policies.json");
        Files.writeString(file, file(Slas.goldP1()));
        try (TestServer server = server(file, false))
        {
            final Api api = server.api();
            assertThat(api.get("/v1/calendars/office").status()).isEqualTo(200);
            assertThat(api.get("/v1/sla-policies/gold-p1").text("resolutionTarget")).isEqualTo("PT8H");
            assertThat(api.send("PUT", "/v1/sla-policies/gold-p1", Slas.goldP1().replace("PT8H", "PT7H")).status()).isEqualTo(200);
        }
        Files.writeString(file, file(Slas.goldP1().replace("PT8H", "PT6H")));
        final long position;
        try (TestServer server = server(file, false))
        {
            assertThat(server.api().get("/v1/sla-policies/gold-p1").text("resolutionTarget")).as("the journal wins").isEqualTo("PT7H");
            position = server.position();
        }
        try (TestServer server = server(file, true))
        {
            assertThat(server.api().get("/v1/sla-policies/gold-p1").text("resolutionTarget")).isEqualTo("PT6H");
            assertThat(server.position()).as("only the changed policy journaled").isEqualTo(position + 1);
        }
    }

    @Test
    void shouldRefuseToStartOnABadFileNamingTheEntryAndField() throws Exception
    {
        final Path file = config.resolve("bad.json");
        Files.writeString(file, file(Slas.goldP1().replace("\"PT2H\"", "\"PT-2H\"")));

        assertThatThrownBy(() -> server(file, false)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("policy gold-p1").hasMessageContaining("responseTarget = PT-2H");
    }

    private TestServer server(final Path file, final boolean reload) throws Exception
    {
        return new TestServer(new ServerContext().port(0).dataFolder(data).optimiser(false).policyFile(file).reloadPolicies(reload));
    }

    private static String file(final String goldP1)
    {
        return "{\"calendars\":{\"office\":" + Slas.officeCalendar() + "},\"policies\":{\"gold-p1\":"
            + goldP1.replace("\"24x7\"", "\"office\"") + "}}";
    }
}
