package io.newslens.gateway.client;

import io.newslens.contracts.api.Analysis;
import io.newslens.contracts.api.AnalyzeRequest;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** nlp-service's synchronous analysis. */
@RegisterRestClient(configKey = "nlp")
@RegisterClientHeaders // forwards X-Request-Id (org.eclipse.microprofile.rest.client.propagateHeaders)
@RegisterProvider(DownstreamProblems.class)
@Path("/analyze")
@Produces(MediaType.APPLICATION_JSON)
public interface NlpClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Analysis> analyze(AnalyzeRequest request);
}
