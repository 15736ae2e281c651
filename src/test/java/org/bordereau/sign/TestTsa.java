package org.bordereau.sign;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp authority on a random local port, made of the JDK's HTTP server and
 * BouncyCastle's response generator, with switchable failures.
 */
final class TestTsa implements AutoCloseable {
    enum Mode { OK, HTTP_500, GARBAGE, REJECTED, HANGS, STALLS_BODY }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final TimeStampResponseGenerator responses;
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Mode mode = Mode.OK;

    TestTsa(TestPki pki) throws Exception {
        TestPki.Issued tsa = pki.timestampAuthority();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsa.key(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa.certificate(), pki.ca())));
        responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            byte[] reply;
            switch (mode) {
                case HTTP_500 -> {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                case GARBAGE -> reply = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
                case HANGS -> {
                    released.await();
                    return;
                }
                case STALLS_BODY -> { // headers at once, then nothing until the test ends
                    exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                    exchange.sendResponseHeaders(200, 4096);
                    exchange.getResponseBody().flush();
                    released.await();
                    return;
                }
                case REJECTED -> reply = generate(new TimeStampRequest(body), true);
                default -> reply = generate(new TimeStampRequest(body), false);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        } finally {
            exchange.close();
        }
    }

    private synchronized byte[] generate(TimeStampRequest request, boolean reject) throws Exception {
        if (reject) {
            return responses.generateRejectedResponse(new Exception("the authority is closed for tests")).getEncoded();
        }
        return responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date()).getEncoded();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
