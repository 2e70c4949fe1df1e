package org.samraad.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samraad.platform.rest.ListResponse;
import org.samraad.meeting.Meeting;

/**
 * /rest/samraad/1.0/councils/{id}/meetings/series: plans a series of meetings in one go (space editors), skipping
 * days that already have a meeting; {@code …/series/preview} shows those days first, with the clashes.
 */
@Path("/councils/{id}/meetings/series")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingSeriesResource {
    private final MeetingSeriesService series;

    @Inject
    public MeetingSeriesResource(MeetingSeriesService series) {
        this.series = series;
    }

    @POST
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("id") int councilId, MeetingSeriesInput input) {
        return Response.status(Response.Status.CREATED).entity(ListResponse.all(series.create(councilId, input)))
                .build();
    }

    /** The days the series would plan, each clash with an existing meeting marked (it will be skipped). */
    @POST
    @Path("/preview")
    @LicensedOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingSeriesPreview preview(@PathParam("id") int councilId, MeetingSeriesInput input) {
        return series.preview(councilId, input);
    }
}
