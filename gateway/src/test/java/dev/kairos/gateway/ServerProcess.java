package dev.kairos.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kairos server in a separate process, for tests that kill it or send it signals. Its output
 * (stdout and stderr) is collected; {@link #start} returns once it prints its ready line.
 */
public final class ServerProcess implements AutoCloseable
{
    private static final Pattern READY = Pattern.compile("Kairos ready on (http://\\S+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile String url;
    private final Thread reader;

    private ServerProcess(final ProcessBuilder builder) throws IOException, InterruptedException
    {
        process = builder.redirectErrorStream(true).start();
        reader = new Thread(this::readOutput, "server-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(60, TimeUnit.SECONDS) || url == null)
        {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("server did not become ready; output:\n" + output);
        }
    }

    /** {@code kairos serve} on a free port, run from this JVM's classpath. */
    public static ServerProcess serve(final Path data, final String adminKey) throws IOException, InterruptedException
    {
        return serve(data, adminKey, new String[0]);
    }

    /** As {@link #serve(Path, String)}, with more {@code serve} options (e.g. {@code --clock-speed 3600}). */
    public static ServerProcess serve(final Path data, final String adminKey, final String... options)
        throws IOException, InterruptedException
    {
        final List<String> command = javaCommand("serve", "--port", "0", "--data", data.toString(), "--admin-key", adminKey);
        command.addAll(List.of(options));
        return new ServerProcess(new ProcessBuilder(command));
    }

    /** {@code kairos demo} on a free port, run from this JVM's classpath; its key is in {@code data/api-key.txt}. */
    public static ServerProcess demo(final Path data, final String... options) throws IOException, InterruptedException
    {
        final List<String> command = javaCommand("demo", "--port", "0", "--data", data.toString());
        command.addAll(List.of(options));
        return new ServerProcess(new ProcessBuilder(command));
    }

    /** {@code kairos ARGS} as a new JVM on this JVM's classpath, with the flags Chronicle needs. */
    static List<String> javaCommand(final String... args)
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Any command line (e.g. the {@code ./kairos} launcher) that ends up printing the ready line. */
    public static ServerProcess run(final List<String> command, final Map<String, String> env, final Path workDir)
        throws IOException, InterruptedException
    {
        final ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().putAll(env);
        return new ServerProcess(builder);
    }

    public String url()
    {
        return url;
    }

    public String output()
    {
        return output.toString();
    }

    /** SIGKILL, then wait until the process is reaped: a zombie would hold Chronicle's write lock. */
    public void kill() throws InterruptedException
    {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS))
        {
            throw new IllegalStateException("killed server did not exit");
        }
    }

    /** SIGTERM; returns the exit code once the process is gone and its output read to the end. */
    public int terminate() throws InterruptedException
    {
        // Through the handle: Process.destroy() would also close our end of its output.
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS))
        {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("server ignored SIGTERM; output:\n" + output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException
    {
        if (process.isAlive())
        {
            kill();
        }
    }

    /** The Chronicle and Agrona flags this JVM was started with, for the child JVM. */
    static List<String> jvmFlags()
    {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(arg -> arg.startsWith("--add-opens") || arg.startsWith("--add-exports")
                || arg.startsWith("--enable-native-access") || arg.startsWith("-Dchronicle")
                || arg.startsWith("--sun-misc-unsafe-memory-access"))
            .toList();
    }

    private void readOutput()
    {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                output.append(line).append('\n');
                final Matcher matcher = READY.matcher(line);
                if (matcher.find())
                {
                    url = matcher.group(1);
                    ready.countDown();
                }
            }
        }
        catch (final IOException ex)
        {
            output.append("[output closed: ").append(ex).append("]\n");
        }
        finally
        {
            ready.countDown();
        }
    }
}
