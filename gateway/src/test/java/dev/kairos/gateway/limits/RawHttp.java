package dev.kairos.gateway.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what the JDK client will not do: pipelining several requests
 * before reading, oversized heads, hostile bytes. Reads responses framed by Content-Length.
 */
public final class RawHttp implements AutoCloseable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Socket socket;
    private final InputStream in;

    /** A response: status line code, headers (lower-case names), body text. */
    public record Response(int status, Map<String, String> headers, String body)
    {
        public JsonNode json() throws IOException
        {
            return MAPPER.readTree(body);
        }
    }

    public RawHttp(final int port) throws IOException
    {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
    }

    /** A request with a body (null for none) and extra header lines. */
    public static byte[] request(final String method, final String path, final String key, final String body, final String... headers)
    {
        final byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        final StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        if (key != null)
        {
            head.append("Authorization: Bearer ").append(key).append("\r\n");
        }
        for (final String header : headers)
        {
            head.append(header).append("\r\n");
        }
        if (body != null)
        {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(content);
        return bytes.toByteArray();
    }

    public void send(final byte[]... requests) throws IOException
    {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (final byte[] request : requests)
        {
            all.writeBytes(request);
        }
        // One write: the server reads them in one go, which is when a refusal could overtake.
        socket.getOutputStream().write(all.toByteArray());
        socket.getOutputStream().flush();
    }

    /** The next response; throws when the server closed the connection instead. */
    public Response read() throws IOException
    {
        final String statusLine = line();
        if (statusLine == null)
        {
            throw new java.io.EOFException("connection closed before a response");
        }
        final Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); header != null && !header.isEmpty(); header = line())
        {
            final int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        final int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        final byte[] body = in.readNBytes(length);
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /** Whether the server has closed its side (reads end of stream within the socket timeout). */
    public boolean closedByServer() throws IOException
    {
        try
        {
            return in.read() == -1;
        }
        catch (final java.net.SocketException ex)
        {
            return true;
        }
    }

    private String line() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1)
        {
            if (b == '\n')
            {
                final byte[] raw = bytes.toByteArray();
                final int end = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
                return new String(raw, 0, end, StandardCharsets.ISO_8859_1);
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException
    {
        socket.close();
    }
}
