package dev.kairos.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.kairos.gateway.FindJdkTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands through the real {@code ./kairos} launcher: it finds a JDK 21+ even when
 * JAVA_HOME points at 17, the server announces itself, and SIGTERM stops it cleanly with exit 0.
 */
class LauncherIT
{
    private static final Path JDK_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @TempDir
    Path data;

    @Test
    void serveShouldStartAndStopCleanlyOnSigterm() throws Exception
    {
        final Map<String, String> env = Files.isDirectory(JDK_17) ? Map.of("JAVA_HOME", JDK_17.toString()) : Map.of();
        final String key = "launcher-test-admin-key";

        try (ServerProcess server = ServerProcess.run(
            List.of(ROOT.resolve("kairos").toString(), "serve", "--port", "0", "--data", data.toString(), "--admin-key", key),
            env, ROOT))
        {
            assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+");
            final Api api = new Api(server.url(), key);
            assertThat(api.send("POST", "/v1/tickets", Bodies.ticket("via the launcher")).status()).isEqualTo(201);

            assertThat(server.terminate()).as(server.output()).isZero();
            assertThat(server.output()).contains("Kairos stopped").contains("engine stopped at position 2");
        }
        assertThat(data.resolve("journal")).isDirectory();
    }

    @Test
    void serveShouldPrintAGeneratedAdminKeyOnlyOnFirstStart() throws Exception
    {
        final List<String> command = List.of(ROOT.resolve("kairos").toString(), "serve", "--port", "0", "--data", data.toString());
        final String key;
        try (ServerProcess first = ServerProcess.run(command, Map.of("KAIROS_ADMIN_KEY", ""), ROOT))
        {
            key = first.output().lines().filter(line -> line.startsWith("Admin API key"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElseThrow();
            assertThat(new Api(first.url(), key).get("/v1/tickets/T-1").status()).as("the key works").isEqualTo(404);
            assertThat(first.terminate()).isZero();
        }
        try (ServerProcess second = ServerProcess.run(command, Map.of("KAIROS_ADMIN_KEY", ""), ROOT))
        {
            assertThat(second.output()).doesNotContain("Admin API key");
            assertThat(new Api(second.url(), key).get("/v1/tickets/T-1").status()).as("the key survives").isEqualTo(404);
            assertThat(second.terminate()).isZero();
        }
    }

    @Test
    void demoShouldPrintItsKeyAndServeAGeneratedCity() throws Exception
    {
        try (ServerProcess demo = ServerProcess.run(
            List.of(ROOT.resolve("kairos").toString(), "demo", "--port", "0", "--data", data.toString()), Map.of(), ROOT))
        {
            final String key = Files.readString(data.resolve("api-key.txt")).trim();
            assertThat(demo.output()).contains("API key: " + key);
            final Api.Response engineer = new Api(demo.url(), key).get("/v1/engineers/E-001");
            assertThat(engineer.status()).isEqualTo(200);
            assertThat(engineer.text("name")).isNotBlank();
            assertThat(demo.output()).contains("Console: " + demo.url() + "/console", "API doc: " + demo.url() + "/docs");
            assertThat(new Api(demo.url(), key).get("/v1/tickets?limit=100").body().get("items").size())
                .as("the opening backlog is there at once").isGreaterThanOrEqualTo(24);
            assertThat(demo.terminate()).isZero();
        }
    }
}
