package org.samraad.benchmark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.After;
import org.junit.Test;

/**
 * The benchmark's blocking client reads each answer to its end, by Content-Length or by chunks, so the next request
 * goes on the same connection, as wrk's do; an answer other than 200 fails the run.
 */
public class SocketConnectionTest {
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final List<Integer> connections = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @After
    public void stop() throws Exception {
        server.close();
    }

    @Test
    public void answersByLengthAndByChunksAreReadToTheEndOnOneConnection() throws Exception {
        serve(List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"));
        SocketConnection connection = new SocketConnection(new Load.Get(uri("/display/UDS?x=1"),
                Map.of("Accept", "text/html")));

        connection.send();
        connection.send();
        connection.send();

        assertEquals(List.of("GET /display/UDS?x=1 HTTP/1.1", "GET /display/UDS?x=1 HTTP/1.1",
                "GET /display/UDS?x=1 HTTP/1.1"), requestLines);
        assertEquals("one connection for the three", List.of(1), connections);
    }

    @Test
    public void anAnswerOtherThan200FailsTheRun() throws Exception {
        serve(List.of("HTTP/1.1 500 Server Error\r\nContent-Length: 2\r\n\r\nno"));
        SocketConnection connection = new SocketConnection(new Load.Get(uri("/rest/x"), Map.of()));

        IllegalStateException failed = assertThrows(IllegalStateException.class, connection::send);
        assertTrue(failed.getMessage(), failed.getMessage().contains("500"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getLocalPort() + path);
    }

    /** One connection at a time, answering its requests with {@code answers} in turn. */
    private void serve(List<String> answers) throws Exception {
        server = new ServerSocket(0);
        List<String> left = new ArrayList<>(answers);
        Thread serving = new Thread(() -> {
            try (Socket socket = server.accept()) {
                connections.add(connections.size() + 1);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream();
                while (!left.isEmpty()) {
                    requestLines.add(in.readLine());
                    for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                        // the request's headers
                    }
                    out.write(left.remove(0).getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (Exception ignored) {
                // the test stopped the server
            }
        });
        serving.setDaemon(true);
        serving.start();
    }
}
