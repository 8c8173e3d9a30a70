package io.newslens.gateway.client;

import io.newslens.contracts.api.Problem;
import io.newslens.contracts.problem.ProblemException;
import io.newslens.contracts.problem.ProblemResponses;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A service's 4xx problem is the client's problem: pass it on as it is. A 503 behind the gateway (the service
 * is up but what it needs, e.g. its database, is not) stays a 503, so clients know to try again. Any other 5xx
 * becomes a 502, because the client's request was fine.
 */
public class DownstreamProblems implements ResponseExceptionMapper<ProblemException> {

    @Override
    public ProblemException toThrowable(Response response) {
        int status = response.getStatus();
        if (status == 503) {
            return new ProblemException(503, "Service Unavailable",
                    "A service behind the gateway is temporarily unavailable; try again shortly");
        }
        if (status >= 500) {
            return new ProblemException(502, "Bad Gateway", "A service behind the gateway failed (" + status + ")");
        }
        MediaType type = response.getMediaType();
        if (type != null && Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype())) {
            Problem p = response.readEntity(Problem.class);
            return new DownstreamClientError(status, p.title(), p.detail(), p.errors());
        }
        return new DownstreamClientError(status, ProblemResponses.reason(status), "Request refused by " + status, null);
    }
}
