package com.atlassian.confluence.api.service.accessmode;

/**
 * Stand-in (confluence-java-api 8.7.2 [DF] {@code api/service/accessmode/AccessModeService.java},
 * {@code @ExperimentalApi}); subset: whether an administrator has put the site into read-only mode.
 */
public interface AccessModeService {
    boolean isReadOnlyAccessModeEnabled();
}
