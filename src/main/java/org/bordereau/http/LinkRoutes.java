package org.bordereau.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bordereau.access.DownloadLinks;

/** {@code GET /v1/links/{token}}: a time-limited download that needs no API key (the token is the key). */
final class LinkRoutes {
    private final DownloadLinks links;

    LinkRoutes(DownloadLinks links) {
        this.links = links;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/links/{token}", this::download);
    }

    private void download(Context ctx) {
        DownloadLinks.Download download = links.open(ctx.pathParam("token")).orElseThrow(() ->
                new ProblemException(Problem.of(404, "link-invalid", "Link invalid or expired",
                        "This download link is unknown or has expired; ask for a new one.")));
        Binary.contentType(ctx, download.contentType());
        ctx.header("Content-Length", Long.toString(download.size()))
                .header("Cache-Control", "private, no-store")
                .result(download.content());
    }
}
