package org.bordereau.storage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The smallest server of {@code GET /v1/links/{token}}: what the HTTP layer does with a file-store
 * link (verify, then stream the object), so the contract can fetch presigned URLs of both stores
 * the same way.
 */
final class LinkServer implements AutoCloseable {
    private final HttpServer server;

    /** Suppliers, because the links need this server's address before they can exist. */
    LinkServer(Supplier<PresignedLinks> links, Supplier<BlobStore> store) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(PresignedLinks.PATH, exchange -> serve(exchange, links.get(), store.get()));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void serve(HttpExchange exchange, PresignedLinks links, BlobStore store) throws IOException {
        try (exchange) {
            String token = exchange.getRequestURI().getRawPath().substring(PresignedLinks.PATH.length());
            Optional<String> key = links.verify(token);
            Optional<BlobStore.BlobInfo> info = key.flatMap(store::head);
            if (info.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", info.get().contentType());
            exchange.sendResponseHeaders(200, info.get().size() == 0 ? -1 : info.get().size());
            try (InputStream in = store.get(key.get()); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
