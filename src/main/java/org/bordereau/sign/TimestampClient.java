package org.bordereau.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 client: asks the authority to timestamp the SHA-256 of some bytes (for PAdES B-T, the
 * signature value) and checks the answer before it is used: status granted, same imprint and nonce,
 * token signed by a certificate with the critical timeStamping extended key usage. Thread-safe.
 */
public final class TimestampClient {
    /** A token with its certificates is a few KB; anything far larger is not a timestamp reply. */
    private static final int MAX_REPLY_BYTES = 256 * 1024;

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public TimestampClient(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The authority, without user info, as shown in messages. */
    public String name() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + url.getPath();
    }

    /** A checked token over SHA-256({@code data}), or {@link TimestampUnavailableException} saying why not. */
    public TimeStampToken stamp(byte[] data) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true); // the verifier needs the authority's certificate inside the token
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, Digests.sha256().digest(data),
                new BigInteger(64, random));
        byte[] reply = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(reply);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw failure("refused the request: " + response.getStatusString(), null);
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate(token)));
            return token;
        } catch (TimestampUnavailableException e) {
            throw e;
        } catch (TSPException | IOException e) {
            throw failure("answered an invalid timestamp: " + e.getMessage(), e);
        } catch (Exception e) {
            throw failure("answered a timestamp that cannot be checked: " + e.getMessage(), e);
        }
    }

    static X509Certificate signerCertificate(TimeStampToken token) throws Exception {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new TSPException("the token does not include the authority's certificate");
        }
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    /**
     * One POST, all of it within {@code timeout}: the client's own timeout covers the wait for headers
     * only, and an authority that sent them and then stalled its body held the seal (a letter request, a
     * dossier job) for as long as it liked. The reply is read on the client's thread and abandoned, its
     * stream closed, at the deadline.
     */
    private byte[] post(TimeStampRequest request) {
        AtomicReference<InputStream> open = new AtomicReference<>();
        CompletableFuture<byte[]> reply;
        try {
            HttpRequest post = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build();
            reply = http.sendAsync(post, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
                try (InputStream body = response.body()) {
                    open.set(body);
                    if (response.statusCode() != 200) {
                        throw failure("answered HTTP " + response.statusCode(), null);
                    }
                    byte[] bytes = body.readNBytes(MAX_REPLY_BYTES + 1);
                    if (bytes.length > MAX_REPLY_BYTES) {
                        throw failure("answered more than " + MAX_REPLY_BYTES + " bytes", null);
                    }
                    return bytes;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw failure("cannot be asked: " + e, e);
        }
        try {
            return reply.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(reply, open.get());
            throw failure("did not answer within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            abandon(reply, open.get());
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            if (cause instanceof TimestampUnavailableException unavailable) {
                throw unavailable;
            }
            if (cause instanceof HttpTimeoutException) {
                throw failure("did not answer within " + timeout.toMillis() + " ms", cause);
            }
            throw failure("cannot be reached: " + cause, cause);
        }
    }

    private static void abandon(CompletableFuture<byte[]> reply, InputStream body) {
        reply.cancel(true);
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // closing is only to stop the read; the failure is already being reported
            }
        }
    }

    private TimestampUnavailableException failure(String what, Throwable cause) {
        return new TimestampUnavailableException("the timestamp authority " + name() + " " + what, cause);
    }
}
