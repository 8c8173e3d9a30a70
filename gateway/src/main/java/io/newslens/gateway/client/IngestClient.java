package io.newslens.gateway.client;

import io.newslens.contracts.api.ArticleAccepted;
import io.newslens.contracts.api.ArticleStatusView;
import io.newslens.contracts.api.BatchResult;
import io.newslens.contracts.api.ArticleSubmission;
import io.newslens.contracts.api.ArticleView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ingest-service's internal API. */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<ArticleAccepted> submit(ArticleSubmission submission);

    /** The body is passed on as it came: ingest-service parses and validates each item. */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<BatchResult> batchJson(byte[] body);

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    Uni<BatchResult> batchNdjson(byte[] body);

    /**
     * The multipart body is forwarded byte for byte; its Content-Type (with the boundary) is passed explicitly,
     * so ingest-service parses exactly what the client sent.
     */
    @POST
    @Path("/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Uni<BatchResult> files(@HeaderParam("Content-Type") String contentType, byte[] body);

    @GET
    @Path("/{id}/status")
    Uni<ArticleStatusView> status(@PathParam("id") String id);

    String NDJSON = "application/x-ndjson";

    @GET
    @Path("/{id}")
    Uni<ArticleView> get(@PathParam("id") String id);
}
