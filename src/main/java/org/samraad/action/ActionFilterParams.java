package org.samraad.action;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The register's query parameters, shared by /actions and /actions.csv so both read the same filters. They arrive
 * as text so "abc" is a 400 naming the parameter (from {@link ActionFilter#parse}), not JAX-RS's 404.
 */
public class ActionFilterParams {
    @QueryParam("councilId")
    public String councilId;

    @QueryParam("organisationId")
    public String organisationId;

    @QueryParam("owner")
    public String owner;

    @QueryParam("status")
    public List<String> status;

    @QueryParam("overdue")
    public String overdue;

    @QueryParam("dueWithinDays")
    public String dueWithinDays;

    @QueryParam("meetingId")
    public String meetingId;

    @QueryParam("sort")
    public String sort;

    @QueryParam("limit")
    public String limit;

    @QueryParam("offset")
    public String offset;

    ActionFilter toFilter() {
        return ActionFilter.parse(
                councilId, organisationId, owner, status, overdue, dueWithinDays, meetingId, sort, limit, offset);
    }
}
