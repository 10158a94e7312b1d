package dev.kairos.gateway;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.SSLException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The server's TLS context from PEM files, or a clear reason it cannot be made. */
final class Tls
{
    private Tls()
    {
    }

    /** Null when the context asks for plain HTTP. */
    static SslContext serverContext(final ServerContext context)
    {
        if (context.tlsCertificate() == null)
        {
            return null;
        }
        readable("--tls-cert", context.tlsCertificate());
        readable("--tls-key", context.tlsKey());
        try
        {
            return SslContextBuilder.forServer(context.tlsCertificate().toFile(), context.tlsKey().toFile()).build();
        }
        catch (final SSLException | IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("--tls-cert/--tls-key: cannot use " + context.tlsCertificate() + " and "
                + context.tlsKey() + " (a PEM certificate chain and its PEM PKCS#8 private key): " + ex.getMessage(), ex);
        }
    }

    private static void readable(final String option, final Path file)
    {
        if (!Files.isReadable(file))
        {
            throw new IllegalArgumentException(option + ": cannot read " + file);
        }
    }
}
