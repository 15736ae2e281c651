package org.bordereau.letters;

import java.nio.charset.StandardCharsets;
import org.bordereau.testing.LeanHttpClient;
import org.bordereau.testing.RunningService;
import org.bordereau.testing.RunningService.Reply;

/** The HTTP clients {@link LetterBenchmark} issues its letters with, each counting what it issued. */
final class BenchClients {
    /** A formal notice in French, the benchmark's letter. */
    static final String BODY = "{\"kind\":\"MISE_EN_DEMEURE\",\"language\":\"fr\"}";

    private BenchClients() {}

    /** The same POST with {@link LeanHttpClient}: one write per request on a kept-alive connection, as wrk sends. */
    static final class Lean {
        private final LeanHttpClient client;
        private final String agent;
        private final String path;
        int issued;

        Lean(RunningService service, String agent, String caseId) {
            this.client = new LeanHttpClient(service.base());
            this.agent = agent;
            this.path = "/v1/cases/" + caseId + "/letters";
        }

        void issue() {
            LeanHttpClient.Answer answer = client.post(path, agent, BODY);
            if (answer.status() != 201) {
                throw new AssertionError("letter not issued: " + answer.status() + " " + answer.body());
            }
            issued++;
        }

        /** GET of a letter's JSON: what any request costs (transport, key, routing, case, JSON) without a letter. */
        void read(String letterPath) {
            LeanHttpClient.Answer answer = client.get(letterPath, agent);
            if (answer.status() != 200) {
                throw new AssertionError("letter not read: " + answer.status() + " " + answer.body());
            }
        }
    }

    /** POST /v1/cases/{id}/letters, MISE_EN_DEMEURE in French: render, seal, store, event, answer. */
    static final class Http {
        private final RunningService service;
        private final String agent;
        private final String path;
        int issued;
        Reply last;

        Http(RunningService service, String agent, String caseId) {
            this.service = service;
            this.agent = agent;
            this.path = "/v1/cases/" + caseId + "/letters";
        }

        void issue() {
            Reply reply = service.post(path, agent, BODY);
            if (reply.status() != 201) {
                throw new AssertionError("letter not issued: " + reply.status() + " " + reply.body());
            }
            issued++;
            last = reply;
        }
    }

    /**
     * The same POST (and a small GET) with a blocking client that reads the answer on the measuring thread, as curl does:
     * {@code java.net.http.HttpClient} hands each answer from its selector thread to an executor and
     * then to the caller, and on two cores shared with the server each hand-off can wait for a core.
     */
    static final class BlockingHttp {
        private final java.net.URL url;
        private final String agent;
        int issued;

        private final String base;

        BlockingHttp(RunningService service, String agent, String caseId) throws Exception {
            this.base = service.base();
            this.url = java.net.URI.create(base + "/v1/cases/" + caseId + "/letters").toURL();
            this.agent = agent;
        }


        void issue() {
            try {
                java.net.HttpURLConnection connection = (java.net.HttpURLConnection) url.openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Authorization", "Bearer " + agent);
                connection.setRequestProperty("Content-Type", "application/json");
                byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
                connection.setFixedLengthStreamingMode(body.length);
                try (java.io.OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
                int status = connection.getResponseCode();
                try (java.io.InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8); // drained: the connection is kept
                    if (status != 201) {
                        throw new AssertionError("letter not issued: " + status + " " + answer);
                    }
                }
                issued++;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
