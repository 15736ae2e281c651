package org.bordereau.testing;

import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * A real S3 server in this JVM (S3Proxy over a temporary directory). It can be stopped and
 * started again on the same port with its data intact, to test storage outages.
 *
 * <p>Mind heap measurements: S3Proxy holds each signed PUT body in memory while it checks the
 * hash, so an upload of N bytes costs this JVM N bytes of heap on the server side.
 */
public final class S3Server implements AutoCloseable {
    public static final String ACCESS_KEY = "test-access";
    public static final String SECRET_KEY = "test-secret-key-1234";
    private static final long MAX_SINGLE_PUT = 5L * 1024 * 1024 * 1024;

    private final Path dir;
    private int port;
    private S3Proxy proxy;

    private S3Server(Path dir) {
        this.dir = dir;
    }

    /** Starts a server on a free port with an empty bucket named {@code bucket}. */
    public static S3Server start(String bucket) throws Exception {
        S3Server server = new S3Server(Files.createTempDirectory("s3proxy"));
        server.startProxy(0);
        server.port = server.proxy.getPort();
        server.client().makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        return server;
    }

    private void startProxy(int onPort) throws Exception {
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", dir.toString());
        props.setProperty("filesystem.basedir", dir.toString());
        proxy = S3Proxy.builder()
                .blobStore(BlobStores.create("filesystem", props))
                .endpoint(URI.create("http://127.0.0.1:" + onPort))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                // S3Proxy reads a signed, non-chunked PUT body (what the MinIO client sends over
                // plain HTTP) into one array to check its hash, and refuses bodies above 128 MiB by
                // default. Allow what one S3 PUT allows; that array lives in this JVM's heap.
                .v4MaxNonChunkedRequestSize(MAX_SINGLE_PUT)
                .stopTimeout(100)
                .build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(5);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public MinioClient client() {
        return MinioClient.builder().endpoint(endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
    }

    /** Simulates an outage: the port stops answering. */
    public void stop() throws Exception {
        try {
            proxy.stop();
        } catch (java.util.concurrent.TimeoutException expected) {
            // Jetty's graceful stop times out on idle keep-alive connections; the port is closed anyway.
        }
    }

    /** Back after an outage, same port, same data. */
    public void restart() throws Exception {
        startProxy(port);
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } catch (IllegalStateException ignored) {
            // already stopped by an outage test
        }
    }
}
