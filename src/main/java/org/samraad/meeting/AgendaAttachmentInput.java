package org.samraad.meeting;

/**
 * One attachment as a client sends it: a title and either a Confluence attachment id or an http(s) link.
 *
 * @param closed null means open
 */
public record AgendaAttachmentInput(String title, Long attachmentId, String url, Boolean closed) {}
