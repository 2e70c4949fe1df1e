package org.samraad.involvement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samraad.platform.CalendarDays;

/** An actor's values once {@link ActorChecks} passed them: what the service writes and the history compares. */
record ValidActor(
        Integer organisationId,
        String name,
        List<InvolvementForm> forms,
        ActorStatus status,
        LocalDate plannedOn,
        LocalDate heldOn,
        String staffUserKey,
        String contactName,
        boolean contactConsent,
        String contactEmail,
        String contactPhone,
        List<Integer> targetGroupIds,
        List<Integer> dimensionIds,
        String findings,
        String easyRead) {

    void copyTo(InvolvementActorEntity row) {
        row.setOrganisationId(organisationId);
        row.setName(name);
        row.setForms(KeySet.encode(forms));
        row.setStatus(status.name());
        row.setPlannedOn(plannedOn == null ? null : CalendarDays.toDate(plannedOn));
        row.setHeldOn(heldOn == null ? null : CalendarDays.toDate(heldOn));
        row.setStaffUserKey(staffUserKey);
        row.setContactName(contactName);
        row.setContactConsent(contactConsent);
        row.setContactEmail(contactEmail);
        row.setContactPhone(contactPhone);
        row.setTargetGroups(KeySet.encode(targetGroupIds));
        row.setDimensions(KeySet.encode(dimensionIds));
        row.setFindings(findings);
        row.setEasyRead(easyRead);
    }

    static ValidActor of(ActorRow row) {
        return new ValidActor(row.organisationId(), row.name(), row.forms(), row.status(), row.plannedOn(),
                row.heldOn(), row.staffUserKey(), row.contactName(), row.contactConsent(), row.contactEmail(),
                row.contactPhone(), row.targetGroupIds(), row.dimensionIds(), row.findings(), row.easyRead());
    }

    /**
     * The values the history compares, by the API's field names. The contact person is one entry whose value is
     * never kept: the history says that the contact changed, not who it was.
     */
    Map<String, String> historyFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisationId", organisationId == null ? null : organisationId.toString());
        fields.put("name", name);
        fields.put("forms", KeySet.encode(forms));
        fields.put("status", status.name());
        fields.put("plannedOn", plannedOn == null ? null : plannedOn.toString());
        fields.put("heldOn", heldOn == null ? null : heldOn.toString());
        fields.put(InvolvementHistory.STAFF, staffUserKey);
        fields.put(InvolvementHistory.CONTACT, String.join("\u0000", String.valueOf(contactName),
                String.valueOf(contactConsent), String.valueOf(contactEmail), String.valueOf(contactPhone)));
        fields.put("targetGroupIds", KeySet.encode(targetGroupIds));
        fields.put("dimensionIds", KeySet.encode(dimensionIds));
        fields.put("findings", findings);
        fields.put("easyRead", easyRead);
        return fields;
    }
}
