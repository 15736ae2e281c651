package org.bordereau.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP endpoint that accepts every PUT as S3 would and keeps nothing but a count of the body
 * bytes, so a test can watch the client's side of a large upload without a server in the same
 * heap holding the body.
 */
final class ByteCountingS3 implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong bodyBytes = new AtomicLong();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    ByteCountingS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long bodyBytes() {
        return bodyBytes.get();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) > 0; ) {
                bodyBytes.addAndGet(n);
            }
            exchange.getResponseHeaders().set("ETag", "\"0\"");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
