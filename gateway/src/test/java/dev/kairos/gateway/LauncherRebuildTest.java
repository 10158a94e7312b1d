package dev.kairos.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static dev.kairos.gateway.FindJdkTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher rebuilds stale jars, but not under a Kairos started from them: that one would lose its
 * classes. Runs a copy of {@code ./kairos} in a folder of its own, with a fake JDK and no Maven, so the
 * test never builds or touches the real checkout.
 */
class LauncherRebuildTest
{
    @TempDir
    Path root;

    private Process running;

    @BeforeEach
    void staleCheckout() throws IOException
    {
        Files.copy(ROOT.resolve("kairos"), root.resolve("kairos"));
        Files.setPosixFilePermissions(root.resolve("kairos"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve(".mvn"));
        Files.copy(ROOT.resolve(".mvn/find-jdk.sh"), root.resolve(".mvn/find-jdk.sh"));
        final Path jar = root.resolve("gateway/target/kairos-gateway.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "built before the change");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        final Path java = root.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(root.resolve("jdk/release"), "JAVA_VERSION=\"25.0.3\"\n");
        for (final String tool : new String[]{"java", "javac"})
        {
            final Path file = java.resolveSibling(tool);
            Files.writeString(file, "#!/bin/sh\necho 'openjdk version \"25.0.3\"' >&2\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @AfterEach
    void stopRunning()
    {
        if (running != null)
        {
            running.destroyForcibly();
        }
    }

    @Test
    void shouldRefuseToRebuildUnderARunningKairos() throws Exception
    {
        // A process whose command line names this checkout's jar, as a running serve's does.
        running = new ProcessBuilder("bash", "-c", "exec -a '" + root.resolve("gateway/target/kairos-gateway.jar") + "' sleep 60")
            .start();

        final FindJdkTest.Result result = launch();

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        assertThat(result.stderr())
            .contains("Kairos from " + root + " is running (pid " + running.pid() + ")")
            .contains("Stop it first")
            .doesNotContain("kairos: building");
    }

    @Test
    void shouldRebuildWhenNothingRunsFromTheCheckout() throws Exception
    {
        final FindJdkTest.Result result = launch();

        // The copy has no Maven wrapper: the attempt to build is what shows the launcher went on.
        assertThat(result.stderr()).contains("kairos: building").doesNotContain("is running");
        assertThat(result.exitCode()).isNotZero();
    }

    private FindJdkTest.Result launch() throws Exception
    {
        final ProcessBuilder builder = new ProcessBuilder(root.resolve("kairos").toString(), "serve");
        builder.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        final Process process = builder.start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        final String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new FindJdkTest.Result(process.exitValue(), out, err);
    }
}
