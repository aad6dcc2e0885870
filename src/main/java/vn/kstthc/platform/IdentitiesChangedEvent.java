package vn.kstthc.platform;

/**
 * Published when users, groups or memberships changed (the organisation file was applied):
 * whatever remembers who belongs where, such as the REST authentication cache, forgets it.
 */
public record IdentitiesChangedEvent(String reason) {}
