package org.samraad.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept alive on a plain socket, as wrk's: each {@link #send} writes the GET and reads the
 * whole answer (by its Content-Length or its chunks) on the calling thread. It reopens the connection when the
 * server closed it. Only for GETs to the dev host in the benchmarks.
 */
final class SocketConnection implements Load.Connection {
    private final Load.Get request;
    private final byte[] head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    SocketConnection(Load.Get request) {
        this.request = request;
        StringBuilder text = new StringBuilder("GET ").append(request.uri().getRawPath())
                .append(request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(request.uri().getHost()).append(':')
                .append(request.uri().getPort()).append("\r\n");
        request.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        head = text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void send() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(request.uri().getHost(), request.uri().getPort()));
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(head);
        out.flush();
        String status = line();
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            close = true;
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (close) {
            socket.close();
            socket = null;
        }
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(request.uri() + ": " + status);
        }
    }

    private void skip(long bytes) throws IOException {
        in.skipNBytes(bytes); // throws EOFException on a short answer
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
