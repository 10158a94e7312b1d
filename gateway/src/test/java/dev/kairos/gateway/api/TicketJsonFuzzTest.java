package dev.kairos.gateway.api;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.gateway.http.Json;
import dev.kairos.gateway.http.ProblemException;
import dev.kairos.solver.command.CreateTicket;
import dev.kairos.solver.command.TicketPatch;
import io.netty.buffer.Unpooled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer drives the JSON decoding and validation of a ticket (create and patch) with generated
 * bytes: each input is either a valid command or a 400 problem naming what is wrong; any other
 * exception is a finding. Without {@code JAZZER_FUZZ=1} it replays its seeds (a regression test:
 * {@code TicketJsonFuzzTestInputs/}, a full ticket, a patch, and the body that was a 500); the
 * {@code fuzz-ticket-json} surefire execution runs it generating, 10,000 inputs.
 */
class TicketJsonFuzzTest
{
    private static final long AT = 1_795_000_000_000L;

    @FuzzTest(maxExecutions = 10_000, maxDuration = "3m")
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "\"", "null", "true", "-1e400", "\"title\"", "\"priority\"", "\"P1\"",
        "\"location\"", "\"lat\"", "\"lon\"", "\"skills\"", "\"name\"", "\"level\"", "\"tools\"", "\"parts\"",
        "\"durationMinutes\"", "\"window\"", "\"start\"", "\"end\"", "\"due\"", "\"externalId\"", "\"source\"",
        "\"region\"", "\"tier\"", "\"2026-11-23T09:00:00Z\""})
    void shouldDecodeATicketOrRefuseItWithAProblem(final byte[] input)
    {
        final JsonNode body;
        try
        {
            body = Json.read(Unpooled.wrappedBuffer(input));
        }
        catch (final ProblemException ex)
        {
            assertThat(ex.problem().status()).isEqualTo(400);
            return;
        }
        try
        {
            final CreateTicket created = TicketDecoder.create(body, AT);
            assertThat(created.spec().title()).isNotNull();
            assertThat(created.spec().location()).isNotNull();
            assertThat(created.spec().durationMinutes()).isBetween(1, TicketDecoder.MAX_DURATION_MINUTES);
        }
        catch (final ProblemException ex)
        {
            assertThat(ex.problem().status()).isEqualTo(400);
            assertThat(ex.problem().errors()).as("a refusal names its fields").isNotEmpty();
        }
        try
        {
            final TicketPatch patch = TicketDecoder.patch(body);
            assertThat(patch).isNotNull();
        }
        catch (final ProblemException ex)
        {
            assertThat(ex.problem().status()).isEqualTo(400);
        }
    }
}
