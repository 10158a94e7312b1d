package dev.kairos.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code .mvn/find-jdk.sh}, shared by ./mvnw and ./kairos, against fake JDK folders. */
class FindJdkTest
{
    static final Path ROOT = Path.of(System.getProperty("kairos.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path jvms;

    record Result(int exitCode, String stdout, String stderr)
    {
    }

    @Test
    void shouldPickTheNewestJdkWhenJavaHomeIsTooOld() throws Exception
    {
        final Path old = fakeJdk("java-17-openjdk", "17.0.15");
        fakeJdk("temurin-21-jdk", "21.0.4");
        final Path newest = fakeJdk("temurin-25-jdk", "25");

        final Result result = findJdk(old.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().trim()).isEqualTo(newest.toString());
    }

    @Test
    void shouldKeepJavaHomeWhenItIsRecentEnough() throws Exception
    {
        final Path home = fakeJdk("temurin-21-jdk", "21.0.4");
        fakeJdk("temurin-25-jdk", "25.0.1");

        assertThat(findJdk(home.toString()).stdout().trim()).isEqualTo(home.toString());
    }

    @Test
    void shouldExplainWhatToInstallWhenNoJdkIsRecentEnough() throws Exception
    {
        final Path old = fakeJdk("java-17-openjdk", "17.0.15");
        fakeJdk("java-1.8.0-openjdk", "1.8.0_402");
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        final Result result = findJdk(old.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().lines().toList()).singleElement().asString()
            .contains("needs a JDK 21 or newer").contains(jvms.toString()).contains("install");
    }

    @Test
    void shouldStopTheLauncherWithTheSameLine() throws Exception
    {
        fakeJdk("java-17-openjdk", "17.0.15");

        final Result result = run(List.of(ROOT.resolve("kairos").toString(), "serve", "--port", "0", "--data", "x"), null);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).startsWith("kairos: needs a JDK 21 or newer");
    }

    private Result findJdk(final String javaHome) throws Exception
    {
        return run(List.of("sh", ROOT.resolve(".mvn/find-jdk.sh").toString()), javaHome);
    }

    private Result run(final List<String> command, final String javaHome) throws Exception
    {
        final ProcessBuilder builder = new ProcessBuilder(command);
        final Map<String, String> env = builder.environment();
        env.remove("JAVA_HOME");
        if (javaHome != null)
        {
            env.put("JAVA_HOME", javaHome);
        }
        env.put("KAIROS_JDK_SEARCH_PATH", jvms.toString());
        final Process process = builder.start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        final String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** A folder that looks like a JDK: a release file and executable java and javac. */
    private Path fakeJdk(final String name, final String version) throws IOException
    {
        final Path home = jvms.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        for (final String tool : new String[]{"java", "javac"})
        {
            final Path file = home.resolve("bin").resolve(tool);
            Files.writeString(file, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

}
